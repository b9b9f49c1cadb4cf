package cn.gov.platform.identity.person.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a person chose for how the platform talks to them.
 *
 * @param language interface and message language: {@code zh-CN} (default) or {@code en}
 * @param smsOptIn whether non-mandatory messages (rating follow-ups, reminders) may go by SMS;
 *                 notices the law requires are sent regardless
 */
public record Preferences(
        @NotNull(message = "请选择语言 | choose a language")
        @Pattern(regexp = "zh-CN|en", message = "语言只能是 zh-CN 或 en | language must be zh-CN or en") String language,
        @NotNull(message = "请说明是否接收短信提醒 | say whether reminders may go by SMS") Boolean smsOptIn) {

    public static final Preferences DEFAULT = new Preferences("zh-CN", true);
}

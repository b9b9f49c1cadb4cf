package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;

/**
 * Bean Validation messages in this platform are written {@code 中文 | English}, so that one
 * annotation carries both languages; a message without the separator is used for both.
 */
public final class ValidationMessages {

    private ValidationMessages() {
    }

    public static Message bilingual(String text) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            return Message.of(text, text);
        }
        return Message.of(text.substring(0, bar).trim(), text.substring(bar + 1).trim());
    }
}

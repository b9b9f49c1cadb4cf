package cn.gov.platform.notifications.templates.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One version of a message template. A code's versions are never edited: a new wording is a new
 * version that must be approved before it is used, so every message sent can be traced to the
 * exact approved text it came from.
 *
 * @param code      stable name, e.g. {@code case-accepted}
 * @param version   1, 2, ... per code
 * @param channel   where it goes; SMS messages also land in the inbox
 * @param text      Chinese text with named variables
 * @param urgent    urgent messages ignore quiet hours and the per-number caps
 * @param status    DRAFT or APPROVED
 * @param approvedBy who approved it (null while a draft)
 */
public record Template(String code, int version, Channel channel, TemplateText text, boolean urgent,
        TemplateStatus status, @Nullable String approvedBy, @Nullable Instant approvedAt) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    /** Where a template's messages go. */
    public enum Channel {
        SMS
    }

    public Template {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainViolation.invalid("code", "TEMPLATE_CODE_INVALID", "模板代码只能包含小写字母、数字和连字符。",
                    "A template code is lower-case letters, digits and hyphens.");
        }
        if (version < 1) {
            throw DomainViolation.invalid("version", "TEMPLATE_VERSION_INVALID", "模板版本从 1 开始。",
                    "Template versions start at 1.");
        }
    }

    public static Template draft(String code, int version, String text, boolean urgent) {
        return new Template(code, version, Channel.SMS, new TemplateText(text), urgent, TemplateStatus.DRAFT, null, null);
    }

    public String id() {
        return code + ":" + version;
    }

    public boolean isApproved() {
        return status == TemplateStatus.APPROVED;
    }

    public Template approve(String by, Instant at) {
        if (isApproved()) {
            throw DomainViolation.conflict("TEMPLATE_ALREADY_APPROVED", "该模板版本已经批准。", "This template version is already approved.");
        }
        return new Template(code, version, channel, text, urgent, TemplateStatus.APPROVED, by, at);
    }

    /** Renders for sending; a draft is never sent. */
    public String render(Map<String, String> values) {
        if (!isApproved()) {
            throw DomainViolation.rule("TEMPLATE_NOT_APPROVED", "模板版本未经批准，不能使用。",
                    "This template version is not approved and cannot be used.", "status");
        }
        return text.render(values);
    }
}

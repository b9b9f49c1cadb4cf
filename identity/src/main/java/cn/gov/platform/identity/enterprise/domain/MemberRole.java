package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.Locale;

/** What a member may do for the enterprise: file applications, or also manage its filings. */
public enum MemberRole {
    FILER, MANAGER;

    public static MemberRole parse(String raw, String field) {
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw DomainViolation.invalid(field, "INVALID_MEMBER_ROLE", Message.of(
                    "成员角色只能是 filer（经办人）或 manager（管理员）。", "A member role is filer or manager."));
        }
    }
}

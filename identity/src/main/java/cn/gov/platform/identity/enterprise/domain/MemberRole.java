package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.util.Locale;

/**
 * What a member may do for the enterprise (issue 18): an administrator manages the filers and
 * viewers and does everything a filer does; a filer files, supplements, withdraws and follows the
 * enterprise's cases and sees its wallet and credit; a viewer only sees them. The legal
 * representative is no member: see {@link ActingRole#REPRESENTATIVE}.
 */
public enum MemberRole {
    ADMINISTRATOR, FILER, VIEWER;

    /** A role as a client writes it; {@code manager} (the name before issue 18) is an administrator. */
    public static MemberRole parse(String raw, String field) {
        String name = raw.trim().toUpperCase(Locale.ROOT);
        if (name.equals("MANAGER")) {
            return ADMINISTRATOR;
        }
        try {
            return valueOf(name);
        } catch (RuntimeException e) {
            throw DomainViolation.invalid(field, "INVALID_MEMBER_ROLE", Message.of(
                    "成员角色只能是 administrator（管理员）、filer（经办人）或 viewer（查看人）。",
                    "A member role is administrator, filer or viewer."));
        }
    }

    /** A stored role: memberships stored before issue 18 say {@code MANAGER}, which reads as administrator. */
    public static MemberRole stored(String raw) {
        return raw.equals("MANAGER") ? ADMINISTRATOR : valueOf(raw);
    }

    public ActingRole acting() {
        return switch (this) {
            case ADMINISTRATOR -> ActingRole.ADMINISTRATOR;
            case FILER -> ActingRole.FILER;
            case VIEWER -> ActingRole.VIEWER;
        };
    }
}

package cn.gov.platform.support.acting;

import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.Objects;

/** A person's place in an enterprise as identity answers it: the enterprise, its name and the person's role. */
public record EnterpriseMember(UnifiedSocialCreditCode creditCode, String enterpriseName, Role role) {

    public EnterpriseMember {
        Objects.requireNonNull(creditCode);
        Objects.requireNonNull(enterpriseName);
        Objects.requireNonNull(role);
    }

    /** What a member may do for the enterprise; every role sees its cases, wallet and credit standing. */
    public enum Role {
        /** The legal representative: everything, and the members. */
        REPRESENTATIVE,
        /** Manages the members and files, like the representative. */
        ADMINISTRATOR,
        /** Files and follows the enterprise's applications. */
        FILER,
        /** Sees the enterprise's cases, licences and credit standing; changes nothing. */
        VIEWER;

        public boolean mayAct() {
            return this != VIEWER;
        }
    }
}

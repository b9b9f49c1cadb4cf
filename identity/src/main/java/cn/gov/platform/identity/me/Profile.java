package cn.gov.platform.identity.me;

import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.mandate.web.MandateView;
import cn.gov.platform.identity.person.domain.Preferences;
import cn.gov.platform.identity.person.web.PersonView;
import cn.gov.platform.identity.staff.domain.StaffPosition;
import cn.gov.platform.identity.staff.domain.StaffRole;
import cn.gov.platform.support.web.Caller;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The caller as the platform knows them: what the token proves (subject, roles and, for staff,
 * the division and department it was issued with) and what this service holds as the source of
 * truth: the person (masked), the enterprises they act for, mandates given and held, and staff
 * positions.
 */
record Profile(String subject, String username, List<String> roles, @Nullable StaffPosition staff,
        @Nullable PersonView person, List<EnterpriseRole> enterprises, Mandates mandates,
        List<Position> positions, Preferences preferences) {

    /** The staff claims of the token, kept for clients that read them. */
    record StaffPosition(String division, String department) {
    }

    record EnterpriseRole(String creditCode, String name, String role) {
        /** {@code legal_representative}, {@code administrator}, {@code filer} or {@code viewer}. */
        static EnterpriseRole of(Enterprise e, String subject) {
            String role = e.roleOf(subject).map(r -> r == cn.gov.platform.identity.enterprise.domain.ActingRole.REPRESENTATIVE
                    ? "legal_representative" : r.name().toLowerCase(Locale.ROOT)).orElse("member");
            return new EnterpriseRole(e.creditCode().value(), e.name(), role);
        }
    }

    record Mandates(List<MandateView> given, List<MandateView> held) {
    }

    record Position(String id, String department, String division, List<String> roles) {
        static Position of(cn.gov.platform.identity.staff.domain.StaffPosition p) {
            return new Position(p.id(), p.department().value(), p.division().value(),
                    p.roles().stream().map(StaffRole::code).sorted().toList());
        }
    }

    static @Nullable StaffPosition tokenStaff(Caller caller) {
        return caller.division() != null && caller.department() != null
                ? new StaffPosition(caller.division(), caller.department())
                : null;
    }
}

package cn.gov.platform.certificates.staff.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.staff.domain.StaffAuthority;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmedRolesTest {

    private static final String COUNTY = "640324000000";
    private static final String MARKET = "county-market-regulation";

    private final List<String> asked = new ArrayList<>();

    private ConfirmedRoles identityConfirming(String... posts) {
        Set<String> confirmed = Set.of(posts);
        StaffAuthority identity = (subject, role, department, division) -> {
            String post = subject + "|" + role + "|" + department + "|" + division;
            asked.add(post);
            return confirmed.contains(post);
        };
        return new ConfirmedRoles(identity);
    }

    @Test
    void aStaffRoleIsKeptOnlyWhereIdentityConfirmsItAtTheTokensPost() {
        ConfirmedRoles roles = identityConfirming("s|clerk|" + MARKET + "|" + COUNTY);

        assertThat(roles.of("s", Set.of("clerk", "approver", "citizen"), MARKET, COUNTY))
                .containsExactlyInAnyOrder("clerk", "citizen");
        assertThat(asked).containsExactlyInAnyOrder("s|clerk|" + MARKET + "|" + COUNTY,
                "s|approver|" + MARKET + "|" + COUNTY);
    }

    @Test
    void withoutADepartmentOrAValidDivisionNoStaffRoleIsKeptAndIdentityIsNotAsked() {
        ConfirmedRoles roles = identityConfirming();

        assertThat(roles.of("s", Set.of("clerk", "admin"), null, COUNTY)).containsExactly("admin");
        assertThat(roles.of("s", Set.of("clerk"), MARKET, "640324")).isEmpty();
        assertThat(roles.of("s", Set.of("clerk"), MARKET, null)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void aClerkIdentityDoesNotConfirmKeepsNoStaffRole() {
        assertThat(identityConfirming().of("s", Set.of("clerk"), MARKET, COUNTY)).isEmpty();
    }
}

package cn.gov.platform.identity.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
    private static final UnifiedSocialCreditCode CODE = new UnifiedSocialCreditCode("91350100M000100Y43");

    private static Enterprise enterprise() {
        Enterprise e = new Enterprise(CODE, "福州示例有限公司", "rep", List.of(), T);
        e.authorise("rep", "admin", MemberRole.ADMINISTRATOR, T);
        e.authorise("rep", "filer", MemberRole.FILER, T);
        e.authorise("rep", "viewer", MemberRole.VIEWER, T);
        return e;
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainViolation v) {
            return v.code();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void theRepresentativeAndEachActiveMemberActInTheirOwnRoleAndAnyoneElseInNone() {
        Enterprise e = enterprise();
        assertThat(e.roleOf("rep")).contains(ActingRole.REPRESENTATIVE);
        assertThat(e.roleOf("admin")).contains(ActingRole.ADMINISTRATOR);
        assertThat(e.roleOf("filer")).contains(ActingRole.FILER);
        assertThat(e.roleOf("viewer")).contains(ActingRole.VIEWER);
        assertThat(e.roleOf("stranger")).isEmpty();
    }

    @Test
    void aRemovedMemberNoLongerActsForTheEnterpriseAndMayBeAddedAgain() {
        Enterprise e = enterprise();
        e.revoke("rep", "filer", T.plusSeconds(60));
        assertThat(e.roleOf("filer")).isEmpty();
        assertThat(e.visibleTo("filer")).isFalse();
        e.authorise("admin", "filer", MemberRole.VIEWER, T.plusSeconds(120));
        assertThat(e.roleOf("filer")).contains(ActingRole.VIEWER);
    }

    @Test
    void theRepresentativeChangesEveryRoleAnAdministratorOnlyFilersAndViewersOthersNothing() {
        Enterprise e = enterprise();
        for (MemberRole role : MemberRole.values()) {
            assertThat(e.mayChange("rep", role)).as("representative, %s", role).isTrue();
            assertThat(e.mayChange("filer", role)).as("filer, %s", role).isFalse();
            assertThat(e.mayChange("viewer", role)).as("viewer, %s", role).isFalse();
            assertThat(e.mayChange("stranger", role)).as("stranger, %s", role).isFalse();
        }
        assertThat(e.mayChange("admin", MemberRole.FILER)).isTrue();
        assertThat(e.mayChange("admin", MemberRole.VIEWER)).isTrue();
        assertThat(e.mayChange("admin", MemberRole.ADMINISTRATOR)).isFalse();
    }

    @Test
    void anAdministratorAddsAndRemovesFilersAndViewers() {
        Enterprise e = enterprise();
        e.authorise("admin", "new-viewer", MemberRole.VIEWER, T);
        assertThat(e.roleOf("new-viewer")).contains(ActingRole.VIEWER);
        e.revoke("admin", "new-viewer", T);
        assertThat(e.roleOf("new-viewer")).isEmpty();
    }

    @Test
    void anAdministratorNeitherMakesNorRemovesAnAdministratorNorRemovesTheRepresentative() {
        Enterprise e = enterprise();
        e.authorise("rep", "admin-2", MemberRole.ADMINISTRATOR, T);
        assertThat(code(() -> e.authorise("admin", "someone", MemberRole.ADMINISTRATOR, T))).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(code(() -> e.revoke("admin", "admin-2", T))).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(code(() -> e.revoke("admin", "rep", T))).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(code(() -> e.revoke("rep", "rep", T))).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(e.roleOf("admin-2")).contains(ActingRole.ADMINISTRATOR);
    }

    @Test
    void filersViewersAndOutsidersAreToldTheEnterpriseDoesNotExistWhenTheyAddOrRemove() {
        Enterprise e = enterprise();
        for (String by : List.of("filer", "viewer", "stranger")) {
            assertThat(code(() -> e.authorise(by, "someone", MemberRole.VIEWER, T))).as(by).isEqualTo("ENTERPRISE_NOT_FOUND");
            assertThat(code(() -> e.revoke(by, "viewer", T))).as(by).isEqualTo("ENTERPRISE_NOT_FOUND");
        }
        assertThat(e.roleOf("viewer")).contains(ActingRole.VIEWER);
    }

    @Test
    void anActiveMemberOrTheRepresentativeIsNotAddedTwice() {
        Enterprise e = enterprise();
        assertThat(code(() -> e.authorise("rep", "filer", MemberRole.VIEWER, T))).isEqualTo("ALREADY_MEMBER");
        assertThat(code(() -> e.authorise("admin", "rep", MemberRole.FILER, T))).isEqualTo("ALREADY_REPRESENTATIVE");
        assertThat(code(() -> e.revoke("rep", "stranger", T))).isEqualTo("MEMBER_NOT_FOUND");
    }

    @Test
    void onlyTheRepresentativeAdministratorsAndFilersFile() {
        assertThat(ActingRole.REPRESENTATIVE.files()).isTrue();
        assertThat(ActingRole.ADMINISTRATOR.files()).isTrue();
        assertThat(ActingRole.FILER.files()).isTrue();
        assertThat(ActingRole.VIEWER.files()).isFalse();
        assertThat(ActingRole.FILER.managesMembers()).isFalse();
        assertThat(ActingRole.VIEWER.managesMembers()).isFalse();
        assertThat(ActingRole.ADMINISTRATOR.managesMembers()).isTrue();
    }

    @Test
    void rolesAreReadAsWrittenAndAStoredManagerIsAnAdministrator() {
        assertThat(MemberRole.parse(" viewer ", "role")).isEqualTo(MemberRole.VIEWER);
        assertThat(MemberRole.parse("manager", "role")).isEqualTo(MemberRole.ADMINISTRATOR);
        assertThat(MemberRole.stored("MANAGER")).isEqualTo(MemberRole.ADMINISTRATOR);
        assertThat(MemberRole.stored("FILER")).isEqualTo(MemberRole.FILER);
        assertThatThrownBy(() -> MemberRole.parse("owner", "role")).isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.field()).isEqualTo("role"));
    }

    @Test
    void anEnterpriseSubjectCarriesItsCreditCodeAndNothingElseReadsAsOne() {
        assertThat(enterprise().subject()).isEqualTo("enterprise:91350100M000100Y43");
        assertThat(Enterprise.codeOf("enterprise:91350100M000100Y43")).contains(CODE);
        assertThat(Enterprise.codeOf("enterprise:91350100M000100Y44")).isEmpty();
        assertThat(Enterprise.codeOf("record:91350100M000100Y43")).isEmpty();
    }
}

package cn.gov.platform.support.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.problem.PlatformException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ActingForTest {

    private static final String CODE = "91640324MA76TX0DXL";

    @Test
    void no_header_or_an_empty_one_means_acting_for_oneself() {
        assertThat(ActingFor.parse(null)).isEmpty();
        assertThat(ActingFor.parse("  ")).isEmpty();
    }

    @Test
    void a_valid_code_is_read_trimmed_and_upper_cased() {
        assertThat(ActingFor.parse(" " + CODE.toLowerCase() + " ")).contains(new UnifiedSocialCreditCode(CODE));
    }

    @Test
    void a_malformed_code_is_refused_naming_the_header() {
        assertThatThrownBy(() -> ActingFor.parse("91640324MA76TX0DXA"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("X-Acting-For");
                    assertThat(e.code()).isEqualTo("INVALID_CREDIT_CODE");
                });
    }

    @Test
    void identity_saying_nobody_is_a_403_naming_the_header() {
        EnterpriseMembers members = new AskedEnterpriseMembers((code, subject) -> null);
        assertThatThrownBy(() -> members.require(new UnifiedSocialCreditCode(CODE), "someone"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("NOT_ENTERPRISE_MEMBER");
                    assertThat(e.field()).isEqualTo("X-Acting-For");
                });
    }

    @Test
    void a_viewer_sees_but_may_not_act() {
        EnterpriseMembers members = new AskedEnterpriseMembers(
                (code, subject) -> new MembershipAnswer(code, "同心县豫海商贸有限公司", "VIEWER"));
        UnifiedSocialCreditCode code = new UnifiedSocialCreditCode(CODE);
        assertThat(members.require(code, "viewer").role()).isEqualTo(EnterpriseMember.Role.VIEWER);
        assertThatThrownBy(() -> members.requireActing(code, "viewer"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("MEMBER_ROLE_FORBIDS");
                });
    }

    @Test
    void filers_administrators_and_the_representative_act() {
        for (String role : new String[] {"FILER", "ADMINISTRATOR", "REPRESENTATIVE"}) {
            EnterpriseMembers members = new AskedEnterpriseMembers((code, subject) -> new MembershipAnswer(code, "企业", role));
            assertThat(members.requireActing(new UnifiedSocialCreditCode(CODE), "x").role().name()).isEqualTo(role);
        }
    }

    @Test
    void an_answer_that_does_not_fit_fails_closed() {
        UnifiedSocialCreditCode code = new UnifiedSocialCreditCode(CODE);
        for (MembershipAnswer odd : new MembershipAnswer[] {
                new MembershipAnswer(CODE, "企业", "OWNER"),
                new MembershipAnswer(CODE, "企业", null),
                new MembershipAnswer("91640324MA76XXXXXX", "企业", "FILER")}) {
            EnterpriseMembers members = new AskedEnterpriseMembers((c, s) -> odd);
            assertThatThrownBy(() -> members.find(code, "x")).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        }
    }
}

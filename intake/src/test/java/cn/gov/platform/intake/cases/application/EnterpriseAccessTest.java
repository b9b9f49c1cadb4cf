package cn.gov.platform.intake.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.cases.domain.ActingEnterprise;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.Transition;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.problem.PlatformException;
import cn.gov.platform.support.web.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 18: who acts on an enterprise's case, and what its history keeps. */
class EnterpriseAccessTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final String CODE = "91640324MA76TX0DXL";
    private static final ActingEnterprise YUHAI_TRADING = new ActingEnterprise(CODE, "同心县豫海商贸有限公司");

    private final CaseAccess access = new CaseAccess((s, r, d, v) -> false, new PersonRecords() {
        @Override
        public PersonRecords.CounterPerson atCounter(String name, String idNumber, @org.jspecify.annotations.Nullable String phone,
                String clerkSubject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> recordsOf(String subject) {
            return List.of();
        }
    });

    private static Caller person(String subject) {
        return new Caller(subject, subject + "-name", Set.of("citizen"), null, null);
    }

    private static EnterpriseMember acting(String role) {
        return new EnterpriseMember(new UnifiedSocialCreditCode(CODE), YUHAI_TRADING.name(),
                EnterpriseMember.Role.valueOf(role));
    }

    private static Case enterpriseCase() {
        Filing filing = Filing.forEnterprise(YUHAI_TRADING, "filer-1", "key-12345678", "fp");
        return Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION, filing,
                new Actor("filer-1", "filer-1-name", ActorRole.APPLICANT, YUHAI_TRADING), AT);
    }

    @Test
    void anEnterpriseFilingBelongsToTheEnterpriseAndNamesThePersonWhoFiled() {
        Filing filing = Filing.forEnterprise(YUHAI_TRADING, "filer-1", "key-12345678", "fp");
        assertThat(filing.applicantSubject()).isEqualTo("enterprise:" + CODE);
        assertThat(filing.filerSubject()).isEqualTo("filer-1");
        assertThat(filing.belongsTo(CODE)).isTrue();
        assertThat(filing.belongsTo("91350100M000100Y43")).isFalse();
        // The person who filed is not the applicant: without the enterprise the case is not theirs.
        assertThat(filing.isApplicantSide("filer-1")).isFalse();
        assertThat(new Filing("citizen-1", null, null, "key-12345678", "fp").belongsTo(CODE)).isFalse();
    }

    @Test
    void theHistoryRecordsBothThePersonAndTheEnterprise() {
        Transition drafted = enterpriseCase().snapshot().lifecycle().history().get(0);
        assertThat(drafted.actorSubject()).isEqualTo("filer-1");
        assertThat(drafted.enterprise()).isEqualTo(YUHAI_TRADING);
    }

    @Test
    void everyMemberActingForTheEnterpriseSeesItsCaseAndNobodyElse() {
        Case c = enterpriseCase();
        for (String role : List.of("REPRESENTATIVE", "ADMINISTRATOR", "FILER", "VIEWER")) {
            access.requireView(person("member-" + role), acting(role), c);
        }
        assertThatThrownBy(() -> access.requireView(person("filer-1"), null, c)).isInstanceOfSatisfying(
                DomainViolation.class, v -> assertThat(v.code()).isEqualTo("CASE_NOT_FOUND"));
        assertThatThrownBy(() -> access.requireView(person("stranger"), null, c)).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> access.requireView(person("member"),
                new EnterpriseMember(new UnifiedSocialCreditCode("91350100M000100Y43"), "另一家公司",
                        EnterpriseMember.Role.FILER), c)).isInstanceOf(DomainViolation.class);
    }

    @Test
    void representativesAdministratorsAndFilersActOnTheCaseForTheEnterpriseAndViewersAreRefused() {
        Case c = enterpriseCase();
        for (String role : List.of("REPRESENTATIVE", "ADMINISTRATOR", "FILER")) {
            Actor by = access.applicant(person("member-" + role), acting(role), c);
            assertThat(by.subject()).isEqualTo("member-" + role);
            assertThat(by.role()).isEqualTo(ActorRole.APPLICANT);
            assertThat(by.enterprise()).isEqualTo(YUHAI_TRADING);
        }
        assertThatThrownBy(() -> access.applicant(person("member-viewer"), acting("VIEWER"), c))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("MEMBER_ROLE_FORBIDS");
                    assertThat(e.field()).isEqualTo("X-Acting-For");
                });
        assertThatThrownBy(() -> access.applicant(person("filer-1"), null, c)).isInstanceOf(DomainViolation.class);
    }

    @Test
    void onlyViewersMayNotFile() {
        for (String role : List.of("REPRESENTATIVE", "ADMINISTRATOR", "FILER")) {
            assertThatCode(() -> EnterpriseActing.requireFiling(acting(role))).as(role).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> EnterpriseActing.requireFiling(acting("VIEWER")))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("MEMBER_ROLE_FORBIDS");
                    assertThat(e.field()).isEqualTo("X-Acting-For");
                });
    }
}

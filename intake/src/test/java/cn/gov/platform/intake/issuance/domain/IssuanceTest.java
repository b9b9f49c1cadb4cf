package cn.gov.platform.intake.issuance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssuanceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Issuance.Problem MISSING = new Issuance.Problem("INVALID_FIELDS", "缺少 premises",
            "premises is missing", "fields.premises");

    private static Issuance approved() {
        return Issuance.approved("case-1", "640324-2026-0000001", "SCJG-002", "food-operation-permit", "holder-1",
                "county-market-regulation", "640324000000", T0);
    }

    private static Issuance draft() {
        return Issuance.draft("case-1", "SCJG-002", "food-operation-permit", "holder-1", "county-market-regulation",
                "640324000000", Map.of("premises", "同心县豫海镇 1 号"), T0);
    }

    @Test
    void anApprovedCaseIsDueAtOnce() {
        Issuance i = approved();
        assertThat(i.state()).isEqualTo(Issuance.State.PENDING);
        assertThat(i.due(T0)).isTrue();
    }

    @Test
    void aDraftWaitsForTheApprovalThenBecomesDueWithItsData() {
        Issuance d = draft();
        assertThat(d.due(T0.plusSeconds(3600))).isFalse();
        assertThat(d.caseNumber()).isNull();

        Issuance due = d.onApproval("640324-2026-0000001", T0.plusSeconds(60));
        assertThat(due.state()).isEqualTo(Issuance.State.PENDING);
        assertThat(due.caseNumber()).isEqualTo("640324-2026-0000001");
        assertThat(due.fields()).containsEntry("premises", "同心县豫海镇 1 号");
        assertThat(due.due(T0.plusSeconds(60))).isTrue();
        assertThat(due.onApproval("other", T0.plusSeconds(90))).as("a replayed approval changes nothing").isEqualTo(due);
    }

    @Test
    void issuedIsFinal() {
        Issuance issued = approved().issued("JY-2026-640324-000001", T0);
        assertThat(issued.state()).isEqualTo(Issuance.State.ISSUED);
        assertThat(issued.certificateNumber()).isEqualTo("JY-2026-640324-000001");
        assertThat(issued.due(T0.plusSeconds(600))).isFalse();
        assertThatThrownBy(() -> issued.withFields(Map.of("premises", "x"), T0))
                .isInstanceOfSatisfying(DomainViolation.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATE_ALREADY_ISSUED"));
        assertThatThrownBy(() -> issued.postponed(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unreachableRegistryBacksOffExponentiallyUpToTenMinutes() {
        Issuance once = approved().postponed(T0);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(once.due(T0.plusSeconds(4))).isFalse();
        Issuance twice = once.postponed(T0);
        assertThat(twice.nextAttemptAt()).isEqualTo(T0.plusSeconds(10));
        Issuance many = twice;
        for (int n = 0; n < 20; n++) {
            many = many.postponed(T0);
        }
        assertThat(Duration.between(T0, many.nextAttemptAt())).isEqualTo(Issuance.MAX_BACKOFF);
        assertThat(many.state()).isEqualTo(Issuance.State.PENDING);
    }

    @Test
    void aRefusalWaitsForStaffAndTheirCorrectionMakesItDueAgain() {
        Issuance refused = approved().refused(MISSING, T0);
        assertThat(refused.state()).isEqualTo(Issuance.State.NEEDS_DATA);
        assertThat(refused.problem()).isEqualTo(MISSING);
        assertThat(refused.due(T0.plusSeconds(86_400))).isFalse();

        Issuance corrected = refused.withFields(Map.of("premises", "同心县豫海镇 1 号"), T0.plusSeconds(60));
        assertThat(corrected.state()).isEqualTo(Issuance.State.PENDING);
        assertThat(corrected.problem()).isNull();
        assertThat(corrected.attempts()).isZero();
        assertThat(corrected.due(T0.plusSeconds(60))).isTrue();
    }

    @Test
    void correctingADraftKeepsItADraft() {
        assertThat(draft().withFields(Map.of("mainForm", "餐饮服务"), T0).state()).isEqualTo(Issuance.State.DRAFT);
    }

    @Test
    void fieldNamesAndValuesAreChecked() {
        assertThatThrownBy(() -> draft().withFields(Map.of("bad name", "x"), T0))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_FIELD_NAME"));
        assertThatThrownBy(() -> draft().withFields(Map.of("premises", " "), T0))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_FIELD_VALUE");
                    assertThat(e.field()).isEqualTo("fields.premises");
                });
        assertThatThrownBy(() -> draft().withFields(Map.of("premises", "x".repeat(501)), T0))
                .isInstanceOf(DomainViolation.class);
        assertThat(draft().withFields(Map.of("premises", "x".repeat(500)), T0).fields()).hasSize(1);
    }

    @Test
    void theHolderNameFillsOnlyTheTypesFieldsThatNameTheHolderAndNeverOverridesStaff() {
        Issuance i = approved().withFields(Map.of("operatorName", "马文清（个体）"), T0);
        Set<String> food = Set.of("operatorName", "premises", "mainForm", "operatingItems");
        Set<String> housing = Set.of("householder", "village", "siteArea", "buildingArea", "boundaries");
        Set<String> licence = Set.of("name", "entityType", "legalRepresentative");

        assertThat(i.dataFor("马文清", false, null, food)).containsEntry("operatorName", "马文清（个体）")
                .doesNotContainKeys("householder", "operator", "name");
        assertThat(approved().dataFor("马文清", false, null, housing)).containsEntry("householder", "马文清")
                .doesNotContainKeys("operatorName", "name");
        assertThat(approved().dataFor("同心县清真食品有限公司", true, null, licence))
                .containsEntry("name", "同心县清真食品有限公司").hasSize(1);
        assertThat(approved().dataFor("马文清", false, null, Set.of("name", "operator")))
                .as("a person's trade name is not their own name").doesNotContainKey("name")
                .containsEntry("operator", "马文清");
    }

    @Test
    void aLicenceStatesTheEnterpriseHoldersCreditCodeUnlessStaffEnteredOne() {
        Set<String> licence = Set.of("creditCode", "name", "entityType");
        Issuance entered = approved().withFields(Map.of("creditCode", "91350100M000100Y43"), T0);

        assertThat(approved().dataFor("同心县清真食品有限公司", true, "91640324MA76TX0DXL", licence))
                .containsEntry("creditCode", "91640324MA76TX0DXL");
        assertThat(entered.dataFor("同心县清真食品有限公司", true, "91640324MA76TX0DXL", licence))
                .as("the registry refuses a code that is not the holder's; staff see why")
                .containsEntry("creditCode", "91350100M000100Y43");
        assertThat(approved().dataFor("马文清", false, null, licence)).doesNotContainKey("creditCode");
        assertThat(approved().dataFor("同心县清真食品有限公司", true, "91640324MA76TX0DXL", Set.of("name")))
                .as("a type that states no code gets none").doesNotContainKey("creditCode");
    }

    @Test
    void aCreditCodeStaffEnterIsCheckedAndNormalisedAndAnInvalidOneIsRefusedNamingTheField() {
        Issuance entered = draft().withFields(Map.of("creditCode", "91350100m000100y43", "name", "同心县清真食品有限公司"), T0);

        assertThat(entered.statedCreditCode()).isEqualTo("91350100M000100Y43");
        assertThat(draft().statedCreditCode()).isNull();
        assertThatThrownBy(() -> draft().withFields(Map.of("creditCode", "91350100M000100Y44"), T0))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("fields.creditCode");
                });
        assertThatThrownBy(() -> Issuance.draft("case-2", "SCJG-003", "business-licence", "holder-1",
                "county-market-regulation", "640324000000", Map.of("creditCode", "not-a-code"), T0))
                .isInstanceOf(DomainViolation.class);
    }
}

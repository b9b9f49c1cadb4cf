package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Filing at the window (issue 17, point 2): the clerk's attestation and who the case belongs to. */
class CounterFilingTest {

    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);

    @Test
    void theAttestationRecordsWhoCheckedWhichDocumentWhereAndWhen() {
        CounterAttestation a = CounterAttestation.given(CLERK, "640324000000", "county-market-regulation",
                "RESIDENT_ID_CARD", true, false, AT);

        assertThat(a.clerkSubject()).isEqualTo("clerk-1");
        assertThat(a.clerkName()).isEqualTo("demo-clerk");
        assertThat(a.documentType()).isEqualTo("RESIDENT_ID_CARD");
        assertThat(a.department()).isEqualTo("county-market-regulation");
        assertThat(a.at()).isEqualTo(AT);
    }

    @Test
    void withoutTheCheckInPersonOrWithAnUnknownDocumentThereIsNoAttestation() {
        assertThatThrownBy(() -> CounterAttestation.given(CLERK, "640324000000", "county-market-regulation",
                "RESIDENT_ID_CARD", false, false, AT)).isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("ATTESTATION_REQUIRED");
                    assertThat(v.field()).isEqualTo("attestation.checkedInPerson");
                });
        assertThatThrownBy(() -> CounterAttestation.given(CLERK, "640324000000", "county-market-regulation",
                "PASSPORT_PHOTO", true, false, AT)).isInstanceOfSatisfying(DomainViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("INVALID_DOCUMENT_TYPE");
                    assertThat(v.field()).isEqualTo("attestation.documentType");
                });
    }

    @Test
    void theCaseIsThePersonsAndTheClerkIsItsFilerNotItsApplicant() {
        CounterAttestation a = CounterAttestation.given(CLERK, "640324000000", "county-market-regulation",
                "RESIDENT_ID_CARD", true, false, AT);
        Filing filing = new Filing("record:abc", null, null, "key-12345678", "fp", a);

        assertThat(filing.filerSubject()).isEqualTo("clerk-1");
        assertThat(filing.isCounterFiler("clerk-1")).isTrue();
        assertThat(filing.isApplicantSide("clerk-1")).isFalse();
        assertThat(filing.isApplicantSide("record:abc")).isTrue();
        assertThat(filing.isForPersonRecord()).isTrue();
        Filing online = new Filing("citizen-1", null, null, "key-12345678", "fp");
        assertThat(online.isCounterFiler("clerk-1")).isFalse();
        assertThat(online.isForPersonRecord()).isFalse();
        assertThat(online.filerSubject()).isEqualTo("citizen-1");
    }

    @Test
    void anAgentsCaseForAVillagerWithoutAnAccountIsTheRecordsAndNamesTheVillager() {
        Filing filing = Filing.byAgent("record:abc", "马小花", "agent-1", "m-1", "key-12345678", "fp");

        assertThat(filing.isForPersonRecord()).isTrue();
        assertThat(filing.isApplicantSide("record:abc")).isTrue();
        assertThat(filing.isApplicantSide("agent-1")).isTrue();
        assertThat(filing.filerSubject()).isEqualTo("agent-1");
        assertThat(filing.principalName()).isEqualTo("马小花");
        assertThat(new Filing("citizen-1", null, null, "key-12345678", "fp").principalName()).isNull();
    }
}

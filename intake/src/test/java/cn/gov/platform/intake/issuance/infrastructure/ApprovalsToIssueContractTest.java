package cn.gov.platform.intake.issuance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import cn.gov.platform.intake.issuance.application.IssuanceService;
import cn.gov.platform.support.events.EventSubscription;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of intake -> intake's group {@code intake-issuance}: an approval as intake writes it
 * opens its case's certificate issuance; every other type is ignored.
 */
class ApprovalsToIssueContractTest {

    private final IssuanceService issuance = mock(IssuanceService.class);
    private final EventSubscription<IntakeEvent> subscription = new IssuanceConfiguration().approvalsToIssue(issuance,
            new IssuanceProperties(URI.create("http://127.0.0.1:8083"), "intake-issuance", Duration.ofSeconds(1), true,
                    java.util.Set.of("resident-id-card")));

    private static IntakeEvent read(Map<String, String> fields) {
        return ((Decoded.Known<IntakeEvent>) CaseEvents.CONTRACT.decode(fields)).event();
    }

    @Test
    void anApprovalAsIntakeWritesItOpensItsCasesIssuanceAndNoOtherTypeDoes() {
        for (IntakeEvent written : ContractExamples.intake()) {
            assertThat(subscription.handler().handle(read(CaseEvents.CONTRACT.encode(written)))).as(written.type())
                    .isEqualTo(written.type().equals("CaseApproved") ? "OPENED" : "IGNORED");
        }
        verify(issuance, org.mockito.Mockito.times(2)).onApproved(ContractExamples.CASE_ID);
        assertThat(subscription.group()).isEqualTo("intake-issuance");
    }

    @Test
    void everyApprovalTodaysIntakeWasRecordedWritingOpensItsCasesIssuance() {
        for (Map<String, String> entry : RecordedSamples.of(CaseEvents.STREAM, "CaseApproved")) {
            assertThat(subscription.handler().handle(read(entry))).isEqualTo("OPENED");
            verify(issuance, org.mockito.Mockito.atLeastOnce()).onApproved(entry.get("caseId"));
        }
    }
}

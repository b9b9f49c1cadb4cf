package cn.gov.platform.intake.publicity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import cn.gov.platform.intake.publicity.application.ApplicantNames;
import cn.gov.platform.intake.publicity.application.PublicityService;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.RetryLater;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of intake -> intake's group {@code intake-publicity}: an approval (or the closing,
 * should the approval have been missed) publishes its case; nothing else does; identity not
 * answering makes the event wait.
 */
class PublicityEventsContractTest {

    private final PublicityService publicity = mock(PublicityService.class);
    private final EventSubscription<IntakeEvent> subscription = new PublicityConfiguration().publicityEvents(publicity);

    private static IntakeEvent read(Map<String, String> fields) {
        return ((Decoded.Known<IntakeEvent>) CaseEvents.CONTRACT.decode(fields)).event();
    }

    @Test
    void anApprovalOrAClosingAsIntakeWritesItPublishesItsCaseAndNoOtherTypeDoes() {
        when(publicity.publish(anyString())).thenReturn(true);
        for (IntakeEvent written : ContractExamples.intake()) {
            String outcome = subscription.handler().handle(read(CaseEvents.CONTRACT.encode(written)));
            assertThat(outcome).as(written.type())
                    .isEqualTo(Set.of("CaseApproved", "CaseClosed").contains(written.type()) ? "PUBLISHED" : "IGNORED");
        }
        verify(publicity, org.mockito.Mockito.times(3)).publish(ContractExamples.CASE_ID);
    }

    @Test
    void everyApprovalTodaysIntakeWasRecordedWritingPublishesItsCase() {
        for (Map<String, String> entry : RecordedSamples.of(CaseEvents.STREAM)) {
            subscription.handler().handle(read(entry));
            if (entry.get("type").equals("CaseApproved")) {
                verify(publicity, org.mockito.Mockito.atLeastOnce()).publish(entry.get("caseId"));
            }
        }
    }

    @Test
    void anApprovalWaitsWhileIdentityCannotNameTheApplicant() {
        when(publicity.publish(anyString())).thenThrow(new ApplicantNames.Unavailable("identity down"));
        IntakeEvent approved = ContractExamples.intake().stream().filter(e -> e.type().equals("CaseApproved"))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> subscription.handler().handle(approved)).isInstanceOf(RetryLater.class)
                .hasMessageContaining("identity down");
    }
}

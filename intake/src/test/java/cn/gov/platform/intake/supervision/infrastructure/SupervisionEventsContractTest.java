package cn.gov.platform.intake.supervision.infrastructure;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import cn.gov.platform.intake.supervision.application.SupervisionService;
import cn.gov.platform.support.events.EventSubscription;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of intake -> intake's group {@code intake-supervision}: every event intake writes
 * (each type, and the entries today's intake was recorded writing) reaches the supervision model
 * with its type, its case and, for a complaint's events, the complaint.
 */
class SupervisionEventsContractTest {

    private final SupervisionService service = mock(SupervisionService.class);
    private final EventSubscription<IntakeEvent> subscription = new SupervisionConfiguration().supervisionEvents(service);

    private static IntakeEvent read(Map<String, String> fields) {
        return ((Decoded.Known<IntakeEvent>) CaseEvents.CONTRACT.decode(fields)).event();
    }

    @Test
    void everyTypeAsIntakeWritesItRefreshesWhatItNames() {
        for (IntakeEvent written : ContractExamples.intake()) {
            subscription.handler().handle(read(CaseEvents.CONTRACT.encode(written)));
            verify(service, org.mockito.Mockito.atLeastOnce()).onEvent(eq(written.type()),
                    eq(written.about().caseId()), any());
        }
        verify(service).onEvent(eq("ComplaintAnswered"), eq(ContractExamples.CASE_ID),
                argThat(payload -> "c-77".equals(payload.get("complaintId"))));
        verify(service).onEvent(eq("DeadlinesRecomputed"), eq(ContractExamples.CASE_ID),
                argThat(payload -> "c-77".equals(payload.get("complaintId"))));
    }

    @Test
    void everyEntryTodaysIntakeWasRecordedWritingReachesTheModelWithItsCaseAndComplaint() {
        for (Map<String, String> entry : RecordedSamples.of(CaseEvents.STREAM)) {
            IntakeEvent read = read(entry);
            assertThat(subscription.handler().handle(read)).isEqualTo("REFRESHED");
            String complaintId = entry.get("payload").contains("complaintId") ? read.payload().values().get("complaintId")
                    : null;
            verify(service, org.mockito.Mockito.atLeastOnce()).onEvent(eq(entry.get("type")), eq(entry.get("caseId")),
                    argThat(payload -> complaintId == null || complaintId.equals(payload.get("complaintId"))));
        }
        verify(service, org.mockito.Mockito.atLeastOnce()).onEvent(eq("ComplaintFiled"), anyString(),
                argThat(payload -> payload.get("complaintId") != null));
    }
}

package cn.gov.platform.credit.publicity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.platform.credit.CreditProperties;
import cn.gov.platform.credit.calendar.application.CalendarUnavailable;
import cn.gov.platform.credit.calendar.application.Deadlines;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.publicity.application.PublicityService;
import cn.gov.platform.credit.publicity.domain.Publication;
import cn.gov.platform.credit.publicity.domain.Publications;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.events.Decoded;
import cn.gov.platform.events.intake.CaseEvents;
import cn.gov.platform.events.intake.IntakeEvent;
import cn.gov.platform.events.samples.ContractExamples;
import cn.gov.platform.events.samples.RecordedSamples;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.support.events.EventSubscription;
import cn.gov.platform.support.events.RetryLater;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;
import org.mockito.ArgumentCaptor;

/**
 * The contract of intake -> credit: every permit decision intake writes (each type as its contract
 * encodes it, and the entries today's intake was recorded writing) becomes, through credit's real
 * consumer group and publicity service, the publication of that case, its applicant, item,
 * decision, reasons, legal basis, department and date; every other type is acknowledged as
 * ignored. A change to a field credit reads fails here.
 */
class PermitDecisionsContractTest {

    private static final LocalDate DUE = LocalDate.parse("2027-01-20");

    private final Publications publications = mock(Publications.class);
    private final CreditSubjects subjects = mock(CreditSubjects.class);
    private final Deadlines deadlines = mock(Deadlines.class);
    private final PublicityService publicity = new PublicityService(publications, subjects, mock(EntriesInForce.class),
            deadlines, 7, Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry());
    private final EventSubscription<IntakeEvent> subscription = new PublicityConfiguration().permitDecisions(publicity,
            new CreditProperties(null, null, null, null, null, 7,
                    new CreditProperties.CaseEvents(CaseEvents.STREAM, "credit", true), null, false));

    PermitDecisionsContractTest() {
        when(deadlines.due(any(), anyInt())).thenReturn(new WorkingDayCalendar.Due(DUE, false));
        when(publications.add(any())).thenReturn(true);
        when(subjects.resolve(any())).thenReturn(Optional.empty());
    }

    private static IntakeEvent read(Map<String, String> fields) {
        Decoded<IntakeEvent> decoded = CaseEvents.CONTRACT.decode(fields);
        assertThat(decoded).as(fields.toString()).isInstanceOf(Decoded.Known.class);
        return ((Decoded.Known<IntakeEvent>) decoded).event();
    }

    private Publication publicationOf(Map<String, String> fields) {
        ArgumentCaptor<Publication> added = ArgumentCaptor.forClass(Publication.class);
        assertThat(subscription.handler().handle(read(fields))).isEqualTo("RECEIVED");
        verify(publications, org.mockito.Mockito.atLeastOnce()).add(added.capture());
        return added.getValue();
    }

    @Test
    void anApprovalAsIntakeWritesItIsPublishedWithWhatTheDecisionSays() {
        IntakeEvent approved = ContractExamples.intake().stream().filter(e -> e.eventId().equals("e-approved"))
                .findFirst().orElseThrow();

        Publication p = publicationOf(CaseEvents.CONTRACT.encode(approved));

        assertThat(p.id()).isEqualTo("PERMIT-" + ContractExamples.CASE_ID);
        assertThat(p.eventId()).isEqualTo("e-approved");
        assertThat(p.applicantSubject()).isEqualTo(ContractExamples.APPLICANT);
        assertThat(p.itemCode()).isEqualTo("SCJG-001");
        assertThat(p.caseNumber()).isEqualTo(ContractExamples.CASE_NUMBER);
        assertThat(p.decision()).isEqualTo("APPROVED");
        assertThat(p.content()).isEqualTo("符合条件 | meets the conditions");
        assertThat(p.department()).isEqualTo(ContractExamples.DEPARTMENT);
        assertThat(p.division()).isEqualTo(ContractExamples.DIVISION);
        assertThat(p.decisionDate()).isEqualTo(ChinaTime.dateOf(ContractExamples.AT));
        assertThat(p.dueBy()).isEqualTo(DUE);
    }

    @Test
    void aRejectionAsIntakeWritesItIsPublishedWithItsLegalBasis() {
        IntakeEvent rejected = ContractExamples.intake().stream().filter(e -> e.eventId().equals("e-rejected"))
                .findFirst().orElseThrow();

        Publication p = publicationOf(CaseEvents.CONTRACT.encode(rejected));

        assertThat(p.decision()).isEqualTo("REJECTED");
        assertThat(p.legalBasis()).isEqualTo("《食品安全法》第三十五条");
    }

    @Test
    void everyDecisionTodaysIntakeWasRecordedWritingIsPublishedUnderItsCaseAndEveryOtherTypeIsIgnored() {
        List<Map<String, String>> decisions = new ArrayList<>();
        for (Map<String, String> entry : RecordedSamples.of(CaseEvents.STREAM)) {
            String type = entry.get("type");
            if (type.equals("CaseApproved") || type.equals("CaseRejected")) {
                decisions.add(entry);
                Publication p = publicationOf(entry);
                assertThat(p.id()).isEqualTo("PERMIT-" + entry.get("caseId"));
                assertThat(p.applicantSubject()).isEqualTo(entry.get("applicantSubject"));
                assertThat(p.itemCode()).isEqualTo(entry.get("itemCode"));
                assertThat(p.caseNumber()).isEqualTo(entry.get("caseNumber"));
                assertThat(p.department()).isEqualTo(entry.get("department"));
                assertThat(p.decision()).isEqualTo(type.equals("CaseApproved") ? "APPROVED" : "REJECTED");
                assertThat(p.content()).isNotBlank();
            } else {
                assertThat(subscription.handler().handle(read(entry))).as(type).isEqualTo("IGNORED");
            }
        }
        assertThat(decisions).extracting(e -> e.get("type")).contains("CaseApproved", "CaseRejected");
    }

    @Test
    void aDecisionBeforeTheCalendarWasEverReadWaitsInsteadOfFailing() {
        when(deadlines.due(any(), anyInt())).thenThrow(new CalendarUnavailable());
        IntakeEvent approved = ContractExamples.intake().stream().filter(e -> e.eventId().equals("e-approved"))
                .findFirst().orElseThrow();

        Assertions.assertThatThrownBy(() -> subscription.handler().handle(approved)).isInstanceOf(RetryLater.class);
        verify(publications, never()).add(any());
    }
}

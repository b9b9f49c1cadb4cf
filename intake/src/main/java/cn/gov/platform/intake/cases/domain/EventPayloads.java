package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of the case's events on {@code intake.case-events}, built in one place as the
 * stream's typed contract ({@link IntakePayload}, event-contracts): what the consumers
 * (notifications, credit, supervision, issuance, publicity) read. Only strings, never a phone or
 * identity number.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    static IntakePayload.CaseSubmitted submitted(Materials materials) {
        return new IntakePayload.CaseSubmitted(materials.missing().stream().map(RequiredMaterial::code).toList());
    }

    static IntakePayload.AgentFiled agentFiled(Filing filing) {
        return new IntakePayload.AgentFiled(filing.mandateId());
    }

    /** The promised and statutory due dates the applicant is told, when there are any. */
    static IntakePayload.CaseResubmitted resubmitted(Deadlines d) {
        return new IntakePayload.CaseResubmitted(d.promisedDue(), d.statutoryDue());
    }

    static IntakePayload.SupplementRequested supplementRequested(Notice notice) {
        return new IntakePayload.SupplementRequested(codes(notice.defects()), notice.duringReview());
    }

    static IntakePayload.CaseNotAccepted notAccepted(Notice notice) {
        return new IntakePayload.CaseNotAccepted(notice.number(), notice.reason(), codes(notice.defects()));
    }

    static IntakePayload.CaseAccepted accepted(Deadlines d, List<ToleratedMaterial> tolerating, CreditStatus credit) {
        return new IntakePayload.CaseAccepted(d.promisedDue(), d.statutoryDue(),
                tolerating.stream().map(ToleratedMaterial::materialCode).toList(), credit.name());
    }

    static IntakePayload.JointTask task(JointTask t) {
        return new IntakePayload.JointTask(t.id(), t.department(), t.departmentName(), t.division(), t.dueOn());
    }

    /** A department's decision on its task, or its silence taken as consent (超时默认). */
    static IntakePayload taskDecided(JointTask t, boolean deemed) {
        String state = t.state().name();
        return deemed ? new IntakePayload.TaskDeemedApproved(task(t), state, t.reasons(), t.legalBasis())
                : new IntakePayload.JointTaskDecided(task(t), state, t.reasons(), t.legalBasis());
    }

    /** A decision cites the credit check, the measures and the entries it used (CRE-2). */
    static IntakePayload decided(boolean approved, Decision d, @Nullable CreditRecord credit) {
        IntakePayload.CreditCitation cited = credit == null ? null : new IntakePayload.CreditCitation(
                credit.checkId(), credit.measureIds(), credit.entries().stream().map(CreditRecord.Entry::entryId)
                        .toList());
        return approved ? new IntakePayload.CaseApproved(d.reasons(), d.onTime(), d.legalBasis(), cited)
                : new IntakePayload.CaseRejected(d.reasons(), d.onTime(), d.legalBasis(), cited);
    }

    /** Dates the applicant was told moved ({@code DeadlinesRecomputed}), or only dates staff work to. */
    static IntakePayload recomputed(boolean toldTheApplicant, Deadlines d, CalendarStamp stamp, String ref,
            List<DeadlineChange> changes) {
        String changed = changes.stream().map(c -> c.what() + ":" + c.from() + ">" + c.to())
                .collect(Collectors.joining(";"));
        return toldTheApplicant
                ? IntakePayload.DeadlinesRecomputed.ofCase(stamp.year(), stamp.version(), ref, changed, d.promisedDue(),
                        d.statutoryDue())
                : new IntakePayload.StaffDeadlinesRecomputed(stamp.year(), stamp.version(), ref, changed,
                        d.promisedDue(), d.statutoryDue());
    }

    private static List<String> codes(List<Defect> defects) {
        return defects.stream().map(Defect::materialCode).toList();
    }
}

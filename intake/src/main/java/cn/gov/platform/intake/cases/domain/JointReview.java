package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Joint review (并联审批, INT-5): one task per participating department, opened for all at once at
 * acceptance, each with its own working-day deadline and decided by that department alone; the
 * tasks together decide the case. Where the item allows it, a department silent past its deadline
 * is deemed to approve (超时默认), citing the item's basis.
 *
 * @param tasks         empty for an item that is not joint
 * @param deemedConsent copied from the item: a silent department is deemed to approve at its deadline
 */
public record JointReview(List<JointTask> tasks, boolean deemedConsent, @Nullable String deemedConsentBasis) {

    public JointReview {
        tasks = List.copyOf(tasks);
    }

    /** No task yet; deemed consent as the item allows it. */
    static JointReview of(ServiceItem item) {
        return new JointReview(List.of(), item.deemedConsent(), item.deemedConsentBasis());
    }

    public boolean isJoint() {
        return !tasks.isEmpty();
    }

    /** The history's note of the copying: "并联审批：同时抄告 3 个部门 | copied to 3 departments". */
    static Message copiedTo(List<JointDepartment> departments) {
        return HistoryNotes.copiedTo(departments.size());
    }

    /** One door accepts and copies to all: every department's task opens now, each with its own deadline. */
    JointReview opened(List<JointDepartment> departments, String division, Deadlines deadlines, DeadlineClock clock,
            LocalDate today) {
        List<JointTask> all = new ArrayList<>(tasks);
        departments.forEach(d -> all.add(JointTask.open(d.department(), d.departmentName(), division,
                deadlines.dueAfter(d.limit().value(), clock, today))));
        return new JointReview(all, deemedConsent, deemedConsentBasis);
    }

    /** The task of {@code department}, if it takes part in this case. */
    public Optional<JointTask> taskOf(String department) {
        return tasks.stream().filter(t -> t.department().equals(department)).findFirst();
    }

    /** Whether staff of that department at that division have a task in the case. */
    boolean hasTaskAt(@Nullable String division, @Nullable String department) {
        return tasks.stream().anyMatch(t -> t.division().equals(division) && t.department().equals(department));
    }

    /** One department's decision on its own task: once, while the case is under review; a refusal cites its legal basis. */
    JointTask decide(String department, CaseState state, Verdict verdict, String reasons, @Nullable String legalBasis,
            Actor by, Instant at) {
        JointTask task = taskOf(department).orElseThrow(() -> DomainViolation.notFound("TASK_NOT_FOUND",
                "该部门在本办件中没有联办任务。", "This department has no task in the case."));
        if (state != CaseState.UNDER_REVIEW) {
            throw DomainViolation.conflict("CASE_NOT_UNDER_REVIEW", "办件当前不在并联审查中（可能正在补正），不能作出部门意见。",
                    "The case is not under joint review (perhaps awaiting a supplement); no department can decide now.");
        }
        if (!task.isOpen()) {
            throw DomainViolation.conflict("TASK_ALREADY_DECIDED", "本部门已作出意见，不能重复作出。",
                    "This department has already decided its task.");
        }
        WrittenReasons.require(reasons, "reasons");
        if (verdict == Verdict.REJECT && (legalBasis == null || legalBasis.isBlank())) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED", "不予同意的意见须写明法律依据。",
                    "A refusal must state its legal basis.");
        }
        return task.decided(verdict == Verdict.APPROVE ? TaskState.APPROVED : TaskState.REJECTED, at, by.name(), reasons,
                legalBasis);
    }

    /** The open tasks silence approves today (policy {@link DeemedConsent}), each as deemed approved by the system. */
    List<JointTask> deemedOn(LocalDate today, CaseState state, Instant at) {
        return tasks.stream().filter(t -> DeemedConsent.check(this, state, t, today).allowed())
                .map(t -> t.decided(TaskState.DEEMED_APPROVED, at, ActorRole.SYSTEM_SUBJECT,
                        deemedReasons(t.dueOn()),
                        deemedConsentBasis))
                .toList();
    }

    JointReview with(JointTask decided) {
        return new JointReview(tasks.stream().map(t -> t.id().equals(decided.id()) ? decided : t).toList(),
                deemedConsent, deemedConsentBasis);
    }

    /** Every task decided: the tasks decide the case. */
    boolean allDecided() {
        return isJoint() && tasks.stream().noneMatch(JointTask::isOpen);
    }

    /**
     * What the tasks decided: approved when every department approved or is deemed to; rejected
     * otherwise, with every rejecting department's reasons and legal basis. {@code deciders} names
     * each department with who decided for it (INT-9).
     */
    Outcome outcome() {
        String deciders = tasks.stream().map(t -> t.departmentName() + "（" + t.decidedBy() + "）")
                .collect(Collectors.joining("、"));
        List<JointTask> rejecting = tasks.stream().filter(t -> t.state() == TaskState.REJECTED).toList();
        if (rejecting.isEmpty()) {
            String reasons = "各联办部门同意：" + tasks.stream().map(t -> t.departmentName()
                    + (t.state() == TaskState.DEEMED_APPROVED ? "（超时默认）" : "")).collect(Collectors.joining("、"))
                    + " | every joint department approved";
            return new Outcome(Verdict.APPROVE, reasons, null, deciders, HistoryNotes.jointOutcome(tasks));
        }
        String reasons = rejecting.stream().map(t -> t.departmentName() + "：" + t.reasons())
                .collect(Collectors.joining("；"));
        String basis = rejecting.stream().map(JointTask::legalBasis).distinct().collect(Collectors.joining("；"));
        return new Outcome(Verdict.REJECT, reasons, basis, deciders, HistoryNotes.jointOutcome(tasks));
    }

    /** A deemed task's reasons as stored: both languages in one string, as every release has written them. */
    private static String deemedReasons(LocalDate due) {
        Message said = HistoryNotes.deemedConsent(due);
        return said.zh() + "| " + said.en();
    }

    /** The joint decision, as the case records it; {@code note}: what the history says of it, in both languages. */
    record Outcome(Verdict verdict, String reasons, @Nullable String legalBasis, String deciders, Message note) {
    }

    /** The earliest due date of an open task that silence would approve: what the deemed-consent sweep looks for. */
    public @Nullable LocalDate deemedDue(CaseState state) {
        if (!deemedConsent || state != CaseState.UNDER_REVIEW) {
            return null;
        }
        return tasks.stream().filter(JointTask::isOpen).map(JointTask::dueOn).min(LocalDate::compareTo).orElse(null);
    }

    List<LocalDate> openDueDates() {
        return tasks.stream().filter(JointTask::isOpen).map(JointTask::dueOn).toList();
    }

    /**
     * The supplement is in: every open task's clock starts again, its due date moving by the working
     * days the case stood still. {@code paused} is the clock before the pause ended, {@code resumed} after.
     */
    JointReview resumed(Deadlines paused, Deadlines resumed, DeadlineClock clock, LocalDate today) {
        Map<String, Integer> limits = new HashMap<>();
        tasks.stream().filter(JointTask::isOpen).forEach(t -> limits.put(t.id(), paused.workingDaysUpTo(t.dueOn(), clock)));
        return new JointReview(tasks.stream().map(t -> t.isOpen()
                ? t.due(resumed.dueAfter(limits.get(t.id()), clock, today)) : t).toList(), deemedConsent,
                deemedConsentBasis);
    }

    /**
     * Each open task's due date counted again from the item version's limit (staff dates: they move
     * either way). While the case is paused they are set back to what they were before the pause,
     * which the resubmission then extends by the pause.
     *
     * @param limits each joint department's limit in working days
     */
    JointReview recomputed(Map<String, Integer> limits, Deadlines deadlines, DeadlineClock clock, LocalDate today,
            DeadlineMoves moves) {
        return new JointReview(tasks.stream().map(t -> {
            Integer limit = limits.get(t.department());
            if (!t.isOpen() || limit == null) {
                return t;
            }
            LocalDate due = moves.settle(DeadlineChange.Kind.TASK, t.department(), t.dueOn(),
                    deadlines.dueAfterEndedPauses(limit, clock, today));
            return due.equals(t.dueOn()) ? t : t.due(due);
        }).toList(), deemedConsent, deemedConsentBasis);
    }
}

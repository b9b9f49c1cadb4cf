package cn.gov.platform.credit.checks.application;

import cn.gov.platform.credit.checks.domain.CheckPolicy;
import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Evaluation;
import cn.gov.platform.credit.checks.domain.Feedback;
import cn.gov.platform.credit.checks.domain.FeedbackAction;
import cn.gov.platform.credit.checks.domain.Stage;
import cn.gov.platform.credit.classes.domain.ClassRules;
import cn.gov.platform.credit.classes.domain.CreditClass;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKind;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The check (CRE-2) and the feedback on it. The hot path reads memory only. */
public class CheckService {

    private final CreditSubjects subjects;
    private final EntriesInForce index;
    private final MeasureCatalogue catalogue;
    private final CheckLog log;
    private final Clock clock;
    private final Timer timer;
    private final MeterRegistry meters;

    public CheckService(CreditSubjects subjects, EntriesInForce index, MeasureCatalogue catalogue, CheckLog log,
            Clock clock, MeterRegistry meters) {
        this.subjects = subjects;
        this.index = index;
        this.catalogue = catalogue;
        this.log = log;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("credit.use-case").tag("use-case", "check").register(meters);
    }

    /** A check's answer with the record kept for it. */
    public record Checked(CheckRecord record, Evaluation evaluation) {
    }

    public Checked check(String subject, String itemCode, String caseId, Stage stage) {
        long started = System.nanoTime();
        if (!index.ready()) {
            throw new cn.gov.platform.support.problem.PlatformException(
                    org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "INDEX_LOADING",
                    cn.gov.platform.kernel.Message.of("信用记录正在加载，请稍后再试。",
                            "Credit records are still loading; try again shortly."));
        }
        Optional<CreditSubject> resolved = subjects.resolve(subject);
        Evaluation evaluation = evaluate(resolved.map(s -> s.key().value()).orElse(null),
                resolved.map(s -> s.key().kind()).orElse(null), itemCode);
        List<String> measures = new ArrayList<>();
        evaluation.incentives().forEach(m -> measures.add(m.measureId() + "@" + m.measureVersion()));
        evaluation.restrictions().forEach(m -> measures.add(m.measureId() + "@" + m.measureVersion()));
        CheckRecord record = new CheckRecord(UUID.randomUUID().toString(), subject,
                resolved.map(s -> s.key().value()).orElse(null), itemCode, caseId, stage, evaluation.standing(),
                measures, evaluation.entries().stream().map(ActiveEntry::entryId).toList(),
                evaluation.creditClass() == null ? null : evaluation.creditClass().name(), clock.instant());
        log.record(record);
        meters.counter("credit.checks", "standing", evaluation.standing().name()).increment();
        timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new Checked(record, evaluation);
    }

    /** The pure in-memory part of a check: what the benchmark's in-process figure measures. */
    public Evaluation evaluate(@Nullable String subjectKey, @Nullable SubjectKind kind, String itemCode) {
        LocalDate today = ChinaTime.today(clock);
        if (subjectKey == null) {
            return CheckPolicy.evaluate(List.of(), null, itemCode, today.toEpochDay(), catalogue.effectiveOn(today));
        }
        List<ActiveEntry> entries = index.of(subjectKey);
        CreditClass creditClass = kind == SubjectKind.LEGAL_PERSON
                ? ClassRules.classify(entries, index.penaltyDaysOf(subjectKey), today.toEpochDay(), catalogue).creditClass()
                : null;
        return CheckPolicy.evaluate(entries, creditClass, itemCode, today.toEpochDay(), catalogue.effectiveOn(today));
    }

    /** Result of a feedback call: the stored feedback and whether this call created it. */
    public record FeedbackResult(Feedback feedback, boolean created) {
    }

    public FeedbackResult feedback(String checkId, String caseId, @Nullable String caseNumber, FeedbackAction action,
            List<String> measureIds, @Nullable String note) {
        CheckRecord check = log.check(checkId).orElseThrow(() -> DomainViolation.notFound("CHECK_NOT_FOUND",
                "未找到该信用核查记录。", "No such credit check."));
        Feedback feedback = Feedback.on(check, caseId, caseNumber, action, measureIds, note, clock.instant());
        if (log.addFeedback(feedback)) {
            meters.counter("credit.feedback", "action", action.name()).increment();
            return new FeedbackResult(feedback, true);
        }
        Feedback stored = log.feedback(feedback.id()).orElseThrow();
        if (!stored.sameAs(feedback)) {
            throw DomainViolation.conflict("FEEDBACK_DIFFERS", "该核查的同一措施反馈已以不同内容记录。",
                    "Feedback for this check and action was already recorded with other content.");
        }
        return new FeedbackResult(stored, false);
    }
}

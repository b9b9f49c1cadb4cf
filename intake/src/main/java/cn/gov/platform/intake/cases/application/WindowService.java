package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.AcceptanceTerms;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ApprovalRule;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseItem;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.cases.domain.Handling;
import cn.gov.platform.intake.cases.domain.CreditStatus;
import cn.gov.platform.intake.cases.domain.Defect;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.Handover;
import cn.gov.platform.intake.cases.domain.ToleratedMaterial;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.Departments;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.support.web.Caller;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The window (一窗受理): the handler examines what was handed in and accepts the case with a number,
 * asks once for everything missing, or refuses in writing with a numbered notice; decides immediate
 * items on the spot; hands a case meant for another department over to it (INT-7); records how the
 * result is delivered and closes the case. A supplement requested during the review goes through
 * here too, by whoever holds the step the case awaits.
 */
public class WindowService {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final CaseChanges changes;
    private final CatalogueService catalogue;
    private final Departments departments;
    private final CaseAccess access;
    private final CaseNumbers numbers;
    private final CaseCredit credit;
    private final MaterialChecks checks;
    private final DeadlineClock clock;
    private final AcceptancePolicy acceptance;
    private final List<ApprovalRule> approval;

    public WindowService(CaseChanges changes, CatalogueService catalogue, Departments departments, CaseAccess access,
            CaseNumbers numbers, CaseCredit credit, MaterialChecks checks, DeadlineClock clock,
            AcceptancePolicy acceptance, List<ApprovalRule> approval) {
        this.changes = changes;
        this.catalogue = catalogue;
        this.departments = departments;
        this.access = access;
        this.numbers = numbers;
        this.credit = credit;
        this.checks = checks;
        this.clock = clock;
        this.acceptance = acceptance;
        this.approval = List.copyOf(approval);
    }

    /** Pending references and records are asked for again first; while any stays pending the aggregate refuses (409). */
    public Case accept(Caller caller, String id, List<ToleratedMaterial> tolerated) {
        checks.refresh(id, caller);
        return changes.change("accept", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            if (c.state() != CaseState.SUBMITTED) {
                // Refused by the aggregate with its usual answer, without asking credit for nothing.
                c.accept(by, numbers.acceptance(c), tolerated, acceptance, clock, changes.now());
                return;
            }
            c.accept(by, numbers.acceptance(c), tolerated, acceptance, clock, changes.now(), termsFor(c));
        });
    }

    /** Not accepted, in writing; a black-list REFUSE measure found by the check is cited and fed back. */
    public Case refuse(Caller caller, String id, String reason, @Nullable String legalBasis, List<Defect> defects) {
        return changes.change("refuse", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            CreditChecks.Outcome outcome = c.state() == CaseState.SUBMITTED
                    ? credit.check(c, CreditChecks.Stage.ACCEPTANCE) : CreditChecks.Outcome.unavailable();
            c.refuse(by, numbers.notice(c), reason, legalBasis, defects, outcome.record(), changes.now());
        });
    }

    /** The one-time notice: at the window by the handler, during the review by whoever holds the awaited step. */
    public Case requestSupplement(Caller caller, String id, List<Defect> defects, String note) {
        // A record the exchange can still give is fetched first, so that the notice never demands it (CAT-3).
        checks.refresh(id, caller);
        return changes.change("request-supplement", id, c -> {
            StaffRole role = c.state() == CaseState.UNDER_REVIEW ? c.awaitedRole() : StaffRole.HANDLER;
            c.requestSupplement(access.staff(caller, c, role), defects, note, changes.now());
        });
    }

    /** Immediate items: accepted and decided in one step at the window. */
    public Case decideAtWindow(Caller caller, String id, Verdict verdict, String reasons, @Nullable String legalBasis) {
        checks.refresh(id, caller);
        return changes.change("decide-at-window", id, c -> {
            Actor by = access.staff(caller, c, StaffRole.HANDLER);
            if (c.state() != CaseState.SUBMITTED) {
                c.decideAtWindow(by, numbers.acceptance(c), verdict, reasons, legalBasis, acceptance, approval, clock,
                        changes.now());
                return;
            }
            c.decideAtWindow(by, numbers.acceptance(c), verdict, reasons, legalBasis, acceptance, approval, clock,
                    changes.now(), termsFor(c));
        });
    }

    /**
     * First-contact handover (INT-7): the handler of the department holding a case not yet accepted
     * hands it to another place that implements its item version, with a note. With an
     * Idempotency-Key, a retry of the same request by the same clerk answers with the case as it
     * is and changes nothing (the clerk may no longer act on it, which is the point); the same key
     * for another handover is refused.
     */
    public Case handOver(Caller caller, String id, @Nullable String division, @Nullable String department,
            String note, @Nullable String idempotencyKey) {
        String key = checkedKey(idempotencyKey);
        if (key != null) {
            Optional<Case> retried = retriedHandover(caller, id, division, department, key);
            if (retried.isPresent()) {
                return retried.get();
            }
        }
        try {
            return changes.change("handover", id, c -> {
                Actor by = access.staff(caller, c, StaffRole.HANDLER);
                CaseItem filed = c.snapshot().item();
                c.handOver(by, catalogue.version(filed.code(), filed.version()), division, department, note, key,
                        changes.now());
            });
        } catch (DomainViolation e) {
            // Two copies of one request at once: the one that lost the compare-and-set finds the other's handover.
            if (key != null && "CONCURRENT_CHANGE".equals(e.code())) {
                return retriedHandover(caller, id, division, department, key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Optional<Case> retriedHandover(Caller caller, String id, @Nullable String division,
            @Nullable String department, String key) {
        Case c = changes.load(id);
        Optional<Handover> earlier = c.snapshot().handling().handoverRequested(caller.subject(), key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().toDivision().equals(division) || !earlier.get().toDepartment().equals(department)) {
            throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED", "该 Idempotency-Key 已用于另一次转交，请为新的操作使用新的键。",
                    "This Idempotency-Key was used for a different handover; use a new key for a new request.",
                    "Idempotency-Key");
        }
        return Optional.of(c);
    }

    private static @Nullable String checkedKey(@Nullable String key) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw DomainViolation.invalid("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key 须为 8 到 128 个字母、数字或 ._:- 字符。",
                    "An Idempotency-Key is 8 to 128 letters, digits or ._:- characters.");
        }
        return key;
    }

    /** How the result is delivered (INT-12), recorded by the window. */
    public Case recordDelivery(Caller caller, String id, Delivery.Method method, @Nullable String address,
            @Nullable String courier, @Nullable String trackingNumber) {
        return changes.change("delivery", id, c -> c.recordDelivery(access.staff(caller, c, StaffRole.HANDLER), method,
                address, courier, trackingNumber, changes.now()));
    }

    public Case close(Caller caller, String id) {
        return changes.change("close", id, c -> c.close(access.staff(caller, c, StaffRole.HANDLER), changes.now()));
    }

    /**
     * The credit answer, the joint departments and the upward department that acceptance needs; the upward one
     * as the catalogue names it (an item whose rule names a department the catalogue does not know is refused,
     * 400 {@code UNKNOWN_DEPARTMENT}, before credit is asked).
     */
    private AcceptanceTerms termsFor(Case c) {
        CaseSnapshot s = c.snapshot();
        ServiceItem item = catalogue.version(s.item().code(), s.item().version());
        boolean goesUp = item.itemClass() == ItemClass.REPORTED_UPWARD && item.reportedToDepartment() != null
                && DivisionCode.of(s.handling().division()).parentWithin(DivisionCode.Level.COUNTY).isPresent();
        @Nullable DepartmentName upward = goesUp ? departments.named(item.reportedToDepartment())
                .orElseThrow(Handling::unknownDepartment) : null;
        CreditChecks.Outcome outcome = credit.check(c, CreditChecks.Stage.ACCEPTANCE);
        return new AcceptanceTerms(outcome.available() ? CreditStatus.CHECKED : CreditStatus.PENDING, outcome.record(),
                item.itemClass() == ItemClass.JOINT ? item.jointDepartments() : List.of(), upward);
    }
}

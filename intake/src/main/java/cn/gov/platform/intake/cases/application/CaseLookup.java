package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.CaseSnapshot;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseState;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.web.Caller;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reading cases: a case for whoever may see it, the applicant's own list, the staff's queue; and the
 * read-only records the other features get through {@link CaseQueries}. Whoever may not see a case is
 * told it does not exist.
 */
public class CaseLookup implements CaseQueries {

    private final CaseStore store;
    private final CaseAccess access;

    public CaseLookup(CaseStore store, CaseAccess access) {
        this.store = store;
        this.access = access;
    }

    public Case view(Caller caller, String id) {
        return view(caller, null, id);
    }

    /** A case for the caller, or for a member acting for the enterprise it belongs to (issue 18). */
    public Case view(Caller caller, @Nullable EnterpriseMember acting, String id) {
        Case c = load(id);
        access.requireView(caller, acting, c);
        return c;
    }

    /**
     * While acting for an enterprise, the enterprise's cases (whoever of its members filed them);
     * otherwise the caller's own.
     */
    public List<CaseSnapshot> mine(Caller caller, @Nullable EnterpriseMember acting) {
        return acting == null ? mine(caller) : store.ofApplicant(EnterpriseActing.enterprise(acting).subject(), 100);
    }

    /** The caller's own cases, as applicant or as the agent who filed them, newest first. */
    public List<CaseSnapshot> mine(Caller caller) {
        List<String> records = access.linkedRecords(caller);
        if (records.isEmpty()) {
            return store.ofApplicant(caller.subject(), 100);
        }
        // Cases filed at a window for the person before they had an account are theirs too (issue 17).
        java.util.List<CaseSnapshot> all = new java.util.ArrayList<>(store.ofApplicant(caller.subject(), 100));
        records.forEach(r -> all.addAll(store.ofApplicant(r, 100)));
        all.sort(java.util.Comparator.comparing((CaseSnapshot s) -> s.lifecycle().createdAt()).reversed());
        return all.size() > 100 ? List.copyOf(all.subList(0, 100)) : all;
    }

    /** The most cases one page of a staff queue shows. */
    public static final int QUEUE_PAGE_MAX = 200;

    /**
     * The staff member's queue: cases of their department at their division, confirmed by identity, one
     * page of at most {@code size} (1 to {@value #QUEUE_PAGE_MAX}) at a time, {@code page} counted from 1.
     * With a {@code number} (an applicant at the window reads it from their receipt), the one case of the
     * queue with that acceptance number, in whatever place of the queue it is. A case of another
     * department, or a draft, is not found, as it is not in the queue.
     */
    public CaseStore.QueuePage workbench(Caller caller, @Nullable CaseState state, @Nullable CaseNumber number,
            int page, int size) {
        if (page < 1 || page > 100_000) {
            throw DomainViolation.invalid("page", "INVALID_PAGE", "页码须为 1 至 100000 之间的整数。",
                    "The page is a whole number from 1 to 100000.");
        }
        if (size < 1 || size > QUEUE_PAGE_MAX) {
            throw DomainViolation.invalid("size", "INVALID_PAGE_SIZE", "每页件数须为 1 至 " + QUEUE_PAGE_MAX + " 之间的整数。",
                    "A page holds 1 to " + QUEUE_PAGE_MAX + " cases.");
        }
        StaffRole role = CaseAccess.staffRoleOf(caller).orElseThrow(() -> DomainViolation.rule("STAFF_ROLE_REQUIRED",
                "工作台仅供工作人员使用。", "The workbench is for staff.", null));
        if (caller.division() == null || caller.department() == null || !access.staffHolds(caller, role)) {
            throw DomainViolation.rule("STAFF_ROLE_REQUIRED", "您在本部门没有经办权限。",
                    "You hold no staff role in this department.", null);
        }
        if (number != null) {
            List<CaseSnapshot> found = store.findByNumber(number)
                    .filter(c -> c.state() != CaseState.DRAFT && (state == null || c.state() == state))
                    .filter(c -> c.isVisibleTo(caller.division(), caller.department()))
                    .map(c -> List.of(c.snapshot())).orElse(List.of());
            return new CaseStore.QueuePage(page == 1 ? found : List.of(), found.size());
        }
        return store.handledBy(caller.division(), caller.department(), state, (page - 1) * size, size);
    }

    @Override
    public Optional<CaseRecord> find(String caseId) {
        return findCase(caseId).map(c -> CaseRecord.of(c.snapshot()));
    }

    @Override
    public Optional<CaseRecord> ofApplicantSide(String caseId, String subject) {
        return findCase(caseId).filter(c -> c.isApplicantSide(subject)).map(c -> CaseRecord.of(c.snapshot()));
    }

    @Override
    public CaseRecord visibleTo(Caller caller, String caseId) {
        return CaseRecord.of(view(caller, caseId).snapshot());
    }

    @Override
    public CaseRecord visibleTo(Caller caller, @Nullable EnterpriseMember acting, String caseId) {
        return CaseRecord.of(view(caller, acting, caseId).snapshot());
    }

    @Override
    public CaseRecord actedOnBy(Caller caller, String caseId) {
        Case c = load(caseId);
        StaffRole role = CaseAccess.staffRoleOf(caller).orElseThrow(CaseAccess::notFound);
        access.staff(caller, c, role);
        return CaseRecord.of(c.snapshot());
    }

    @Override
    public void each(Consumer<CaseRecord> action) {
        store.each(s -> action.accept(CaseRecord.of(s)));
    }

    private Optional<Case> findCase(String id) {
        try {
            return store.find(new CaseId(id));
        } catch (DomainViolation notACaseId) {
            return Optional.empty();
        }
    }

    private Case load(String id) {
        return findCase(id).orElseThrow(CaseAccess::notFound);
    }
}

package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.web.Caller;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.function.Consumer;

/**
 * Cases as the other features of intake read them (supervision, issuance, publicity, ratings,
 * complaints, the calendar's recomputation): read-only records, found by id, with the case feature's
 * own answer to who may see them. Nothing here changes a case.
 */
public interface CaseQueries {

    /** The case, if there is one with that id (an id that is not a case id finds nothing). */
    Optional<CaseRecord> find(String caseId);

    /** The case, if {@code subject} is its applicant or the agent who filed it (INT-10). */
    Optional<CaseRecord> ofApplicantSide(String caseId, String subject);

    /**
     * The case as the caller may see it: its applicant side, or staff of a department that handles it,
     * was reported it or has a task in it (confirmed by identity); anyone else is told there is no such
     * case (404 CASE_NOT_FOUND).
     */
    CaseRecord visibleTo(Caller caller, String caseId);

    /** As {@link #visibleTo(Caller, String)}, and (issue 18) for a member acting for the enterprise the case belongs to. */
    CaseRecord visibleTo(Caller caller, @Nullable EnterpriseMember acting, String caseId);

    /**
     * The case for staff of the department acting on it now, in their most senior role (confirmed by
     * identity); anyone else is told there is no such case (404), staff without a role there so (422).
     */
    CaseRecord actedOnBy(Caller caller, String caseId);

    /** Every case, one by one, for rebuilding a read model. */
    void each(Consumer<CaseRecord> action);
}

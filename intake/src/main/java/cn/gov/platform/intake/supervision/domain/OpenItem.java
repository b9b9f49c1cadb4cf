package cn.gov.platform.intake.supervision.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One open item under supervision: who must act (division and department) and by when.
 *
 * @param id       unique across kinds: the case id, {@code caseId/taskId}, {@code caseId/acceptance},
 *                 {@code caseId/step/n}, {@code followup:caseId}, {@code complaint:id}
 * @param caseId   the case concerned, if any (a complaint may be about a department only)
 * @param openedOn when the clock started (submission, acceptance, the previous step, filing, rating)
 * @param step     for ACCEPTANCE and STEP items, the staff role whose step it is (HANDLER, REVIEWER, APPROVER)
 * @param holderSubject the member of staff who holds the item, when one does (the handler who accepted
 *                 the case holds its handler's step); otherwise everyone of {@code step}'s role in the department
 */
public record OpenItem(String id, ItemKind kind, @Nullable String caseId, @Nullable String caseNumber,
        @Nullable String itemCode, @Nullable String itemName, String division, String department,
        String departmentName, LocalDate openedOn, LocalDate dueOn, boolean greenChannel, @Nullable String step,
        @Nullable String holderSubject) {

    /** An item that is nobody's step in particular: the department as a whole must act. */
    public OpenItem(String id, ItemKind kind, @Nullable String caseId, @Nullable String caseNumber,
            @Nullable String itemCode, @Nullable String itemName, String division, String department,
            String departmentName, LocalDate openedOn, LocalDate dueOn, boolean greenChannel) {
        this(id, kind, caseId, caseNumber, itemCode, itemName, division, department, departmentName, openedOn, dueOn,
                greenChannel, null, null);
    }

    /** The counter this item adds one to: open items of one department due on one day. */
    public DueKey dueKey() {
        return new DueKey(division, department, kind, dueOn);
    }

    /** Open items of one department and kind due on one day. */
    public record DueKey(String division, String department, ItemKind kind, LocalDate dueOn) {

        public String id() {
            return division + "|" + department + "|" + kind + "|" + dueOn;
        }
    }
}

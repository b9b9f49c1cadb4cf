package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.calendar.Pause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case as the other features of intake read it (supervision, issuance, publicity, ratings,
 * complaints): read only, and only what they use. Who may change a case, and how, stays with the
 * case feature; these readers get it through its {@code CaseQueries} port.
 */
public final class CaseRecord {

    private final CaseSnapshot s;

    private CaseRecord(CaseSnapshot s) {
        this.s = s;
    }

    public static CaseRecord of(CaseSnapshot snapshot) {
        return new CaseRecord(snapshot);
    }

    public String id() {
        return s.id();
    }

    /** Grows with every change of the case: a read model keeps the newest it has seen. */
    public long version() {
        return s.version();
    }

    public @Nullable String number() {
        return s.lifecycle().number();
    }

    /** The number the applicant knows the case by: the acceptance number, or the notice of non-acceptance. */
    public @Nullable String reference() {
        return s.lifecycle().reference();
    }

    public String itemCode() {
        return s.item().code();
    }

    public int itemVersion() {
        return s.item().version();
    }

    public String itemName() {
        return s.item().name();
    }

    public ItemClass itemClass() {
        return s.item().itemClass();
    }

    public CaseState state() {
        return s.state();
    }

    /** The principal the case belongs to (INT-10), never the agent who filed it. */
    public String applicantSubject() {
        return s.filing().applicantSubject();
    }

    /** The division and department that received the case. */
    public String division() {
        return s.handling().division();
    }

    public String department() {
        return s.handling().department();
    }

    public String departmentName() {
        return s.handling().departmentName();
    }

    /** The division whose department acts on the case now: the higher one after a report upward (上报件). */
    public String actingDivision() {
        return s.handling().actingDivision();
    }

    public String actingDepartment() {
        return s.handling().actingDepartment();
    }

    public String actingDepartmentName() {
        return s.handling().actingDepartmentName();
    }

    public boolean greenChannel() {
        return s.handling().greenChannel();
    }

    /** When the applicant handed it in; none for a draft. */
    public @Nullable Instant submittedAt() {
        return s.lifecycle().submittedAt();
    }

    public @Nullable LocalDate acceptedOn() {
        return s.deadlines().acceptedOn();
    }

    /** The date promised to the applicant; none before acceptance and while the clock stands still. */
    public @Nullable LocalDate promisedDue() {
        return s.deadlines().promisedDue();
    }

    /** The stretches the clock stood still for a supplement. */
    public List<Pause> pauses() {
        return s.deadlines().pauses();
    }

    /** The joint departments' tasks (INT-5); none for other items. */
    public List<JointTask> tasks() {
        return s.joint().tasks();
    }

    public @Nullable Decision decision() {
        return s.chain().decision();
    }

    /** The working days the window has to accept or refuse a submission (the item version's acceptance limit). */
    public int acceptanceDays() {
        return s.item().acceptanceDays();
    }

    /**
     * The day the window's acceptance clock started: the last submission or resubmission of a case that
     * waits at the window; none for any other state (a supplement request stops it, a resubmission
     * starts it again in full, as the one-time notice gives the window a fresh examination).
     */
    public @Nullable LocalDate awaitingAcceptanceSince() {
        if (s.state() != CaseState.SUBMITTED) {
            return null;
        }
        List<Transition> history = s.lifecycle().history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == CaseState.SUBMITTED) {
                return ChinaTime.dateOf(history.get(i).at());
            }
        }
        Instant submitted = s.lifecycle().submittedAt();
        return submitted == null ? null : ChinaTime.dateOf(submitted);
    }

    /** The roles of the decision chain in order (INT-9). */
    public List<StaffRole> steps() {
        return s.chain().steps();
    }

    /** How many steps of the chain have given their opinion. */
    public int stepsTaken() {
        return s.chain().opinions().size();
    }

    /** The role whose step the case waits for now; none before acceptance and once decided. */
    public @Nullable StaffRole awaitedStep() {
        return s.state().isAccepted() && s.chain().decision() == null ? s.chain().awaited(s.state()) : null;
    }

    /** The day the step under way began: the last opinion's day, else the acceptance. */
    public @Nullable LocalDate stepOpenedOn() {
        List<Opinion> opinions = s.chain().opinions();
        return opinions.isEmpty() ? acceptedOn() : ChinaTime.dateOf(opinions.getLast().at());
    }

    /** Who accepted the case at the window (its handler, 承办人); none before acceptance. */
    public @Nullable String acceptedBy() {
        List<Transition> history = s.lifecycle().history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Transition t = history.get(i);
            if (t.to() == CaseState.ACCEPTED || t.to() == CaseState.ACCEPTED_WITH_TOLERANCE) {
                return t.actorSubject();
            }
        }
        return null;
    }

    /** Decided and granted, with its acceptance number. */
    public boolean isApproved() {
        Decision d = decision();
        return d != null && d.verdict() == Verdict.APPROVE && number() != null;
    }

    /** The e-certificate the applicant named for a material (CAT-3), if they named one. */
    public Optional<String> certificateNumberOf(String materialCode) {
        return s.materials().supplied().stream()
                .filter(m -> m.code().equals(materialCode) && m.certificateNumber() != null)
                .map(MaterialEntry::certificateNumber).findFirst();
    }

    @Override
    public String toString() {
        return "CaseRecord[" + s.id() + "]";
    }
}

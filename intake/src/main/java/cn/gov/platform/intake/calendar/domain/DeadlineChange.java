package cn.gov.platform.intake.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One date moved because a calendar year was published: which date ({@link Kind}, and the
 * department of a joint task or the material of a tolerated material), from what to what, on
 * which calendar version, and when. Kept in the history of the case or complaint for good.
 *
 * @param ref the department of a {@link Kind#TASK}, the material code of a {@link Kind#TOLERATED}; else null
 */
public record DeadlineChange(Kind kind, @Nullable String ref, LocalDate from, LocalDate to, int calendarYear,
        int calendarVersion, Instant at) {

    /** Which date of a case or complaint, and who was told it. */
    public enum Kind {
        /** The promised due date (承诺办结日), told to the applicant. */
        PROMISED("promised", "承诺办结日", Audience.APPLICANT),
        /** The statutory due date (法定办结日), told to the applicant. */
        STATUTORY("statutory", "法定办结日", Audience.APPLICANT),
        /** A joint department's own due date: staff only. */
        TASK("task", "联办部门办理期限", Audience.STAFF),
        /** The date by which a tolerated material is to be supplied (容缺补交期限), told to the applicant. */
        TOLERATED("tolerated", "容缺材料补交期限", Audience.APPLICANT),
        /** The date by which a complaint is answered, told to the complainant. */
        ANSWER("answer", "投诉答复期限", Audience.APPLICANT);

        private final String code;
        private final String zh;
        private final Audience audience;

        Kind(String code, String zh, Audience audience) {
            this.code = code;
            this.zh = zh;
            this.audience = audience;
        }

        public String code() {
            return code;
        }

        public String zh() {
            return zh;
        }

        public boolean applicantFacing() {
            return audience == Audience.APPLICANT;
        }

        /**
         * The date after a recomputation: a date already told to the applicant never moves earlier
         * (the promise stands; it may move later), a staff date takes the computed date either way.
         */
        public LocalDate settle(LocalDate announced, LocalDate computed) {
            return audience == Audience.APPLICANT && computed.isBefore(announced) ? announced : computed;
        }
    }

    private enum Audience {
        APPLICANT, STAFF
    }

    public DeadlineChange {
        if (from.equals(to)) {
            throw new IllegalArgumentException("A change moves a date");
        }
    }

    public static DeadlineChange of(Kind kind, @Nullable String ref, LocalDate from, LocalDate to, CalendarStamp stamp,
            Instant at) {
        return new DeadlineChange(kind, ref, from, to, stamp.year(), stamp.version(), at);
    }

    public boolean applicantFacing() {
        return kind.applicantFacing();
    }

    /** What moved, as the history names it: {@code promised}, {@code task county-fire}, {@code tolerated safety-rules}. */
    public String what() {
        return ref == null ? kind.code() : kind.code() + " " + ref;
    }

    /** One line for a history note: {@code 承诺办结日 2027-01-05 → 2027-01-06}. */
    public String line() {
        return kind.zh() + (ref == null ? "" : "（" + ref + "）") + " " + from + " → " + to;
    }
}

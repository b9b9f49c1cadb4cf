package cn.gov.platform.intake.supervision.domain;

/** What the monthly figures count; each is a sum, so figures are ratios of sums (SUP-2). */
public enum Measure {
    /** Cases decided in the month. */
    DECIDED("decided"),
    /** ... of them within the promised limit. */
    ON_TIME("onTime"),
    /** ... of them immediate items (即办件). */
    IMMEDIATE("immediate"),
    /** Working days from acceptance to decision, pauses excluded, summed. */
    WORKING_DAYS("workingDays"),
    /** Joint tasks decided (or deemed approved) in the month. */
    TASKS_DECIDED("tasksDecided"),
    /** ... of them by their due date. */
    TASKS_ON_TIME("tasksOnTime"),
    /** ... of them deemed approved because the department stayed silent (超时默认). */
    DEEMED("deemed"),
    /** Ratings given in the month. */
    RATINGS("ratings"),
    /** Their scores summed (1 to 5 each). */
    RATING_POINTS("ratingPoints"),
    /** Ratings of 4 or 5. */
    SATISFIED("satisfied"),
    /** Ratings of 1 or 2 (each opens a follow-up). */
    DISSATISFIED("dissatisfied"),
    /** Follow-ups handled. */
    FOLLOW_UPS_HANDLED("followUpsHandled"),
    /** Complaints filed in the month. */
    COMPLAINTS("complaints"),
    /** ... of them answered. */
    COMPLAINTS_ANSWERED("complaintsAnswered"),
    /** ... of them answered by their due date. */
    COMPLAINTS_ON_TIME("complaintsOnTime"),
    /** Petitions (信访) received in the month. */
    PETITIONS("petitions"),
    /** ... of them answered. */
    PETITIONS_ANSWERED("petitionsAnswered"),
    /** ... of them answered by their due date. */
    PETITIONS_ON_TIME("petitionsOnTime"),
    /** 12345 hotline tickets received in the month (calls and portal messages). */
    HOTLINE_TICKETS("hotlineTickets"),
    /** ... of them answered. */
    HOTLINE_ANSWERED("hotlineAnswered"),
    /** ... of them answered by their due date. */
    HOTLINE_ON_TIME("hotlineOnTime"),
    /** ... of them rated by the caller. */
    HOTLINE_RATINGS("hotlineRatings"),
    /** Their ratings summed (1 to 5 each). */
    HOTLINE_RATING_POINTS("hotlineRatingPoints");

    private final String field;

    Measure(String field) {
        this.field = field;
    }

    /** The name stored and shown. */
    public String field() {
        return field;
    }
}

package cn.gov.platform.credit.measures.domain;

/** What a measure does in a service: three incentives for the red list, three restrictions for the black. */
public enum MeasureKind {
    TOLERANCE_ALLOWED(true), PRIORITY_HANDLING(true), GREEN_CHANNEL(true),
    NO_TOLERANCE(false), ADDITIONAL_REVIEW(false), REFUSE(false);

    private final boolean incentive;

    MeasureKind(boolean incentive) {
        this.incentive = incentive;
    }

    public boolean incentive() {
        return incentive;
    }
}

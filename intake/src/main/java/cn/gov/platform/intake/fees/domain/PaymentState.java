package cn.gov.platform.intake.fees.domain;

/** The life of a payment notice. */
public enum PaymentState {
    /** Issued and waiting for the payer. */
    ISSUED,
    /** Paid (a signed callback or the provider's daily statement said so). */
    PAID,
    /** The case was refused or withdrawn before anything was paid: nothing is owed any more. */
    CANCELLED,
    /** The case was refused or withdrawn after payment: the money goes back. */
    REFUND_DUE,
    /** The provider confirmed the refund. */
    REFUNDED;

    public String zh() {
        return switch (this) {
            case ISSUED -> "待缴费";
            case PAID -> "已缴费";
            case CANCELLED -> "已撤销";
            case REFUND_DUE -> "待退费";
            case REFUNDED -> "已退费";
        };
    }
}

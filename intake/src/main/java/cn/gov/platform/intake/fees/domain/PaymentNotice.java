package cn.gov.platform.intake.fees.domain;

import cn.gov.platform.events.intake.IntakePayload;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment notice (缴款通知书, SUP-3): issued when a case reaches its item's fee point with the catalogue's
 * fees only (no amount comes from anyone's request), paid through the bank's collection (a signed callback
 * or the daily statement), cancelled when the case ends unpaid, due back when it ends paid. A payment of an
 * amount other than the notice's is recorded as a mismatch and never counts as paid; a second report of
 * the same payment changes nothing.
 */
public final class PaymentNotice {

    /** How a payment became known. */
    public static final String CALLBACK = "CALLBACK";
    public static final String STATEMENT = "STATEMENT";

    private NoticeSnapshot s;
    private final List<StaffEvent> outbox;

    private PaymentNotice(NoticeSnapshot s) {
        this.s = s;
        this.outbox = new ArrayList<>(s.outbox());
    }

    public static PaymentNotice restore(NoticeSnapshot s) {
        return new PaymentNotice(s);
    }

    /** The case the notice is for, as the fee point found it. */
    public record CaseRef(String caseId, String caseNumber, String itemCode, String itemName, String applicantSubject,
            @Nullable String agentSubject, String division, String department, String departmentName) {
        @Override
        public String toString() {
            return "CaseRef[" + caseNumber + "]";
        }
    }

    /** A payment as the provider reported it. */
    public record Payment(long amountFen, String via, @Nullable String reference, Instant at, LocalDate on) {
    }

    /** What a reported payment did to the notice. */
    public enum Outcome {
        /** The notice is now paid (or due back, when its case had ended meanwhile). */
        PAID,
        /** Already known: nothing changed. */
        ALREADY_PAID,
        /** The amount differs from the notice: recorded, not counted. */
        MISMATCH
    }

    /**
     * Issues the notice for {@code fees} (the catalogue's entries of the item); due {@code dueOn}. Only fees
     * with an amount make lines; at least one must.
     */
    public static PaymentNotice issue(CaseRef c, PaymentNumber number, FeePoint point, List<Fee> fees,
            LocalDate dueOn, Instant at, LocalDate today) {
        List<NoticeSnapshot.Line> lines = fees.stream().filter(f -> f.amountYuan().signum() > 0)
                .map(f -> new NoticeSnapshot.Line(f.code(), f.name(), Yuan.toFen(f.amountYuan()), f.legalBasis(),
                        f.nameEn(), f.legalBasisEn()))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a free item gets no payment notice");
        }
        long total = lines.stream().mapToLong(NoticeSnapshot.Line::amountFen).sum();
        PaymentNotice n = new PaymentNotice(new NoticeSnapshot(c.caseId(), 0, number.value(), c.caseNumber(),
                c.itemCode(), c.itemName(), c.applicantSubject(), c.agentSubject(), c.division(), c.department(),
                c.departmentName(), point, lines, total, PaymentState.ISSUED, at, today, dueOn, null, null, null, null,
                null, List.of(), null, null, null, null, null, List.of(), false));
        n.record(new IntakePayload.PaymentNoticeIssued(number.value(), Yuan.format(total), dueOn), at);
        return n;
    }

    /** The provider's page for this notice, once a collection was opened there. */
    public void collectionOpened(String payUrl) {
        s = s.with(s.version(), s.state(), payUrl, s.providerReference(), s.paidAt(), s.paidOn(), s.paidVia(),
                s.mismatches(), s.endedAt(), s.refundDueOn(), s.refundedAt(), s.refundedOn(), s.refundReference(),
                s.outbox());
    }

    /** A payment the provider reported (a valid signed callback, or a line of its daily statement). */
    public Outcome paid(Payment p) {
        if (p.amountFen() != s.totalFen()) {
            List<NoticeSnapshot.Mismatch> found = new ArrayList<>(s.mismatches());
            boolean known = found.stream().anyMatch(m -> m.amountFen() == p.amountFen()
                    && java.util.Objects.equals(m.reference(), p.reference()));
            if (!known) {
                found.add(new NoticeSnapshot.Mismatch(p.via(), p.amountFen(), p.reference(), p.at(), p.on()));
                s = s.with(s.version(), s.state(), s.payUrl(), s.providerReference(), s.paidAt(), s.paidOn(),
                        s.paidVia(), found, s.endedAt(), s.refundDueOn(), s.refundedAt(), s.refundedOn(),
                        s.refundReference(), s.outbox());
                record(new IntakePayload.PaymentMismatchFound(s.paymentNumber(), Yuan.format(p.amountFen()),
                        Yuan.format(s.totalFen()), p.via()), p.at());
            }
            return Outcome.MISMATCH;
        }
        if (s.wasPaid()) {
            return Outcome.ALREADY_PAID;
        }
        // Paid after the case ended unpaid (the payer was quicker than the news): the money goes back.
        boolean ended = s.state() == PaymentState.CANCELLED;
        s = s.with(s.version(), ended ? PaymentState.REFUND_DUE : PaymentState.PAID, s.payUrl(), p.reference(), p.at(),
                p.on(), p.via(), s.mismatches(), s.endedAt(), ended ? p.on() : null, null, null, null, s.outbox());
        record(new IntakePayload.PaymentReceived(s.paymentNumber(), Yuan.format(s.totalFen()), p.via()), p.at());
        if (ended) {
            record(new IntakePayload.RefundDue(s.paymentNumber(), Yuan.format(s.totalFen())), p.at());
        }
        return Outcome.PAID;
    }

    /**
     * The case was refused or withdrawn: an unpaid notice is cancelled, a paid one is due back (a refund
     * record). Anything else (already cancelled or refunding) stays as it is.
     */
    public boolean caseEnded(Instant at, LocalDate today) {
        return switch (s.state()) {
            case ISSUED -> {
                s = s.with(s.version(), PaymentState.CANCELLED, s.payUrl(), s.providerReference(), s.paidAt(),
                        s.paidOn(), s.paidVia(), s.mismatches(), at, null, null, null, null, s.outbox());
                yield true;
            }
            case PAID -> {
                s = s.with(s.version(), PaymentState.REFUND_DUE, s.payUrl(), s.providerReference(), s.paidAt(),
                        s.paidOn(), s.paidVia(), s.mismatches(), at, today, null, null, null, s.outbox());
                record(new IntakePayload.RefundDue(s.paymentNumber(), Yuan.format(s.totalFen())), at);
                yield true;
            }
            case CANCELLED, REFUND_DUE, REFUNDED -> false;
        };
    }

    /** The provider confirmed the refund; a repeated confirmation changes nothing. */
    public boolean refunded(@Nullable String reference, Instant at, LocalDate today) {
        if (s.state() == PaymentState.REFUNDED) {
            return false;
        }
        if (s.state() != PaymentState.REFUND_DUE) {
            throw transition("refunded", "退费");
        }
        s = s.with(s.version(), PaymentState.REFUNDED, s.payUrl(), s.providerReference(), s.paidAt(), s.paidOn(),
                s.paidVia(), s.mismatches(), s.endedAt(), s.refundDueOn(), at, today, reference, s.outbox());
        record(new IntakePayload.PaymentRefunded(s.paymentNumber(), Yuan.format(s.totalFen())), at);
        return true;
    }

    /** Delivery of the result waits for the fee (409 {@code FEE_UNPAID}). */
    public void requirePaid() {
        if (s.isUnpaid()) {
            throw DomainViolation.conflict("FEE_UNPAID", Message.of("缴款通知书 " + s.paymentNumber() + " 尚未缴费（"
                    + Yuan.format(s.totalFen()) + " 元），缴费后方可送达办理结果。", "Payment notice " + s.paymentNumber()
                    + " (¥" + Yuan.format(s.totalFen()) + ") is unpaid; the result is delivered once it is paid."));
        }
    }

    private DomainViolation transition(String en, String zh) {
        return new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "INVALID_TRANSITION",
                Message.of("缴款通知书当前状态为" + s.state().zh() + "，不能" + zh + "。", "A payment notice that is "
                        + s.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " cannot be " + en + "."),
                null, List.of());
    }

    private void record(IntakePayload payload, Instant at) {
        outbox.add(new StaffEvent(UUID.randomUUID().toString(), payload.type(), s.caseId(), s.caseNumber(),
                s.itemCode(), s.applicantSubject(), null, s.division(), s.department(), at, payload.values(), null));
    }

    public NoticeSnapshot snapshot() {
        return s.with(s.version(), s.state(), s.payUrl(), s.providerReference(), s.paidAt(), s.paidOn(), s.paidVia(),
                s.mismatches(), s.endedAt(), s.refundDueOn(), s.refundedAt(), s.refundedOn(), s.refundReference(),
                outbox);
    }
}

package cn.gov.platform.intake.fees.domain;

import cn.gov.platform.intake.supervision.domain.StaffEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment notice (缴款通知书) as stored: one per case (its id is the case's), each line an entry of the
 * fee catalogue with its legal basis; amounts in fen.
 *
 * @param point       when the fee fell due (acceptance or decision)
 * @param payUrl      the provider's page where the payer pays; null while no collection could be opened
 * @param paidVia     CALLBACK (a signed callback) or STATEMENT (the provider's daily statement)
 * @param mismatches  amounts the provider reported that differ from the notice, never counted as paid
 */
public record NoticeSnapshot(String id, long version, String paymentNumber, String caseNumber, String itemCode,
        String itemName, String applicantSubject, @Nullable String agentSubject, String division, String department,
        String departmentName, FeePoint point, List<Line> lines, long totalFen, PaymentState state, Instant issuedAt,
        LocalDate issuedOn, LocalDate dueOn, @Nullable String payUrl, @Nullable String providerReference,
        @Nullable Instant paidAt, @Nullable LocalDate paidOn, @Nullable String paidVia, List<Mismatch> mismatches,
        @Nullable Instant endedAt, @Nullable LocalDate refundDueOn, @Nullable Instant refundedAt,
        @Nullable LocalDate refundedOn, @Nullable String refundReference, List<StaffEvent> outbox,
        boolean outboxPending) {

    /**
     * One fee of the catalogue: its code, name, amount and legal basis, in Chinese and English. A line stored before
     * issue 20 has no English and its name in one string "中文 | English": {@link #readable()} sets it apart.
     */
    public record Line(String code, String name, long amountFen, String legalBasis, @Nullable String nameEn,
            @Nullable String legalBasisEn) {

        /** A line in Chinese only, or stored before issue 20. */
        public Line(String code, String name, long amountFen, String legalBasis) {
            this(code, name, amountFen, legalBasis, null, null);
        }

        /** The line with its names apart and never without English (the Chinese where none was stored). */
        public Line readable() {
            int bar = name.indexOf('|');
            String zh = nameEn == null && bar >= 0 ? name.substring(0, bar).strip() : name;
            String en = nameEn != null ? nameEn : bar >= 0 ? name.substring(bar + 1).strip() : name;
            return new Line(code, zh, amountFen, legalBasis, en, legalBasisEn == null ? legalBasis : legalBasisEn);
        }
    }

    /** An amount the provider reported that differs from the notice. */
    public record Mismatch(String via, long amountFen, @Nullable String reference, Instant at, LocalDate on) {
    }

    public NoticeSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    public String caseId() {
        return id;
    }

    public boolean isUnpaid() {
        return state == PaymentState.ISSUED;
    }

    /** Whether a receipt exists: the money was received (even if it is now due back or refunded). */
    public boolean wasPaid() {
        return paidAt != null;
    }

    public boolean isApplicantSide(String subject) {
        return subject.equals(applicantSubject) || subject.equals(agentSubject);
    }

    NoticeSnapshot with(long v, PaymentState newState, @Nullable String newPayUrl, @Nullable String reference,
            @Nullable Instant newPaidAt, @Nullable LocalDate newPaidOn, @Nullable String via,
            List<Mismatch> newMismatches, @Nullable Instant newEndedAt, @Nullable LocalDate newRefundDueOn,
            @Nullable Instant newRefundedAt, @Nullable LocalDate newRefundedOn, @Nullable String newRefundReference,
            List<StaffEvent> newOutbox) {
        return new NoticeSnapshot(id, v, paymentNumber, caseNumber, itemCode, itemName, applicantSubject, agentSubject,
                division, department, departmentName, point, lines, totalFen, newState, issuedAt, issuedOn, dueOn,
                newPayUrl, reference, newPaidAt, newPaidOn, via, newMismatches, newEndedAt, newRefundDueOn,
                newRefundedAt, newRefundedOn, newRefundReference, newOutbox,
                newOutbox.stream().anyMatch(e -> !e.isPublished()));
    }

    public NoticeSnapshot withVersion(long v) {
        return with(v, state, payUrl, providerReference, paidAt, paidOn, paidVia, mismatches, endedAt, refundDueOn,
                refundedAt, refundedOn, refundReference, outbox);
    }
}

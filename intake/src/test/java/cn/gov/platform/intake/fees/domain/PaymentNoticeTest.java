package cn.gov.platform.intake.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.supervision.domain.StaffEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentNoticeTest {

    /** 10:00 on Mon Mar 2, 2026 in Tongxin. */
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant MAR_3 = Instant.parse("2026-03-03T02:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final Fee HOUSING = new Fee("FEE-REALESTATE-HOUSING", "不动产登记费（住宅，每件）",
            new BigDecimal("80"), "财税〔2016〕79号；发改价格规〔2016〕2559号");
    private static final Fee NONE = new Fee("FEE-NONE", "不收费", BigDecimal.ZERO, "《行政许可法》第五十八条");
    private static final PaymentNotice.CaseRef CASE = new PaymentNotice.CaseRef("case-1", "640324-2026-0000001",
            "ZRZY-001", "不动产转移登记（住宅）", "citizen-1", null, "640324000000", "county-natural-resources",
            "同心县自然资源局");
    private static final PaymentNumber NUMBER = PaymentNumber.of("640324", 2026, 1);

    private static PaymentNotice issued() {
        return PaymentNotice.issue(CASE, NUMBER, FeePoint.ACCEPTANCE, List.of(HOUSING, NONE),
                LocalDate.of(2026, 3, 20), MAR_2, MONDAY);
    }

    private static PaymentNotice.Payment payment(long fen, String via) {
        return new PaymentNotice.Payment(fen, via, "BANK-1", MAR_3, TUESDAY);
    }

    private static StaffEvent last(PaymentNotice n) {
        return n.snapshot().outbox().getLast();
    }

    @Test
    void aNoticeLineNamesItsFeeInBothLanguagesAndALineStoredInOneStringReadsAsItsTwoNames() {
        Fee housing = new Fee(HOUSING.code(), HOUSING.name(), HOUSING.amountYuan(), HOUSING.legalBasis(),
                "Real estate registration fee (housing, per case)", "Cai Shui [2016] No. 79");
        NoticeSnapshot.Line line = PaymentNotice.issue(CASE, NUMBER, FeePoint.ACCEPTANCE, List.of(housing),
                LocalDate.of(2026, 3, 20), MAR_2, MONDAY).snapshot().lines().getFirst();
        assertThat(line.readable()).isEqualTo(line);
        assertThat(line.nameEn()).isEqualTo("Real estate registration fee (housing, per case)");
        assertThat(line.legalBasisEn()).isEqualTo("Cai Shui [2016] No. 79");

        NoticeSnapshot.Line stored = new NoticeSnapshot.Line("FEE-REALESTATE-HOUSING",
                "不动产登记费（住宅，每件）| real-estate registration fee, housing, per case", 8000, "财税〔2016〕79号");
        assertThat(stored.readable()).isEqualTo(new NoticeSnapshot.Line("FEE-REALESTATE-HOUSING", "不动产登记费（住宅，每件）",
                8000, "财税〔2016〕79号", "real-estate registration fee, housing, per case", "财税〔2016〕79号"));
    }

    @Test
    void aNoticeCarriesTheCataloguesPricedFeesWithTheirLegalBasisAndIsAnnounced() {
        PaymentNotice n = issued();

        NoticeSnapshot s = n.snapshot();
        assertThat(s.paymentNumber()).isEqualTo("JK640324-2026-0000001");
        assertThat(s.lines()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("FEE-REALESTATE-HOUSING");
            assertThat(l.amountFen()).isEqualTo(8000);
            assertThat(l.legalBasis()).contains("财税〔2016〕79号");
        });
        assertThat(s.totalFen()).isEqualTo(8000);
        assertThat(s.state()).isEqualTo(PaymentState.ISSUED);
        assertThat(last(n).type()).isEqualTo("PaymentNoticeIssued");
        assertThat(last(n).payload()).containsEntry("paymentNumber", "JK640324-2026-0000001")
                .containsEntry("amountYuan", "80.00").containsEntry("dueOn", "2026-03-20");
        assertThat(last(n).applicantSubject()).isEqualTo("citizen-1");
    }

    @Test
    void aFreeItemGetsNoNotice() {
        assertThatThrownBy(() -> PaymentNotice.issue(CASE, NUMBER, FeePoint.ACCEPTANCE, List.of(NONE),
                LocalDate.of(2026, 3, 20), MAR_2, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRightAmountPaysTheNoticeAndASecondReportOfItChangesNothing() {
        PaymentNotice n = issued();

        assertThat(n.paid(payment(8000, PaymentNotice.CALLBACK))).isEqualTo(PaymentNotice.Outcome.PAID);
        assertThat(n.snapshot().state()).isEqualTo(PaymentState.PAID);
        assertThat(n.snapshot().paidVia()).isEqualTo("CALLBACK");
        assertThat(n.snapshot().paidOn()).isEqualTo(TUESDAY);
        assertThat(last(n).type()).isEqualTo("PaymentReceived");
        int events = n.snapshot().outbox().size();

        assertThat(n.paid(payment(8000, PaymentNotice.STATEMENT))).isEqualTo(PaymentNotice.Outcome.ALREADY_PAID);
        assertThat(n.snapshot().paidVia()).isEqualTo("CALLBACK");
        assertThat(n.snapshot().outbox()).hasSize(events);
    }

    @Test
    void anAmountOtherThanTheNoticesIsAMismatchAndNeverCountsAsPaid() {
        PaymentNotice n = issued();

        assertThat(n.paid(payment(7000, PaymentNotice.CALLBACK))).isEqualTo(PaymentNotice.Outcome.MISMATCH);

        assertThat(n.snapshot().state()).isEqualTo(PaymentState.ISSUED);
        assertThat(n.snapshot().mismatches()).singleElement().satisfies(m -> assertThat(m.amountFen()).isEqualTo(7000));
        assertThat(last(n).type()).isEqualTo("PaymentMismatchFound");
        assertThat(last(n).payload()).containsEntry("amountYuan", "70.00").containsEntry("expectedYuan", "80.00");
        // The same wrong payment reported again (callback, then statement) is one mismatch.
        n.paid(payment(7000, PaymentNotice.STATEMENT));
        assertThat(n.snapshot().mismatches()).hasSize(1);
        assertThatThrownBy(n::requirePaid).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.code()).isEqualTo("FEE_UNPAID"));
    }

    @Test
    void deliveryWaitsForTheFeeAndGoesAheadOncePaid() {
        PaymentNotice n = issued();

        assertThatThrownBy(n::requirePaid).isInstanceOfSatisfying(DomainViolation.class, e -> {
            assertThat(e.code()).isEqualTo("FEE_UNPAID");
            assertThat(e.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
        });
        n.paid(payment(8000, PaymentNotice.CALLBACK));
        n.requirePaid();
    }

    @Test
    void aCaseEndedUnpaidCancelsTheNotice() {
        PaymentNotice n = issued();

        assertThat(n.caseEnded(MAR_3, TUESDAY)).isTrue();

        assertThat(n.snapshot().state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(last(n).type()).isEqualTo("PaymentNoticeIssued");
        n.requirePaid();
        assertThat(n.caseEnded(MAR_3, TUESDAY)).isFalse();
    }

    @Test
    void aCaseEndedAfterPaymentGetsARefundRecordThatTheProvidersConfirmationCloses() {
        PaymentNotice n = issued();
        n.paid(payment(8000, PaymentNotice.CALLBACK));

        assertThat(n.caseEnded(MAR_3, TUESDAY)).isTrue();
        assertThat(n.snapshot().state()).isEqualTo(PaymentState.REFUND_DUE);
        assertThat(n.snapshot().refundDueOn()).isEqualTo(TUESDAY);
        assertThat(last(n).type()).isEqualTo("RefundDue");
        assertThat(last(n).payload()).containsEntry("amountYuan", "80.00");

        assertThat(n.refunded("REFUND-1", MAR_3, TUESDAY)).isTrue();
        assertThat(n.snapshot().state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(n.snapshot().refundReference()).isEqualTo("REFUND-1");
        assertThat(last(n).type()).isEqualTo("PaymentRefunded");
        assertThat(n.refunded("REFUND-1", MAR_3, TUESDAY)).as("a repeated confirmation").isFalse();
        assertThat(n.snapshot().wasPaid()).as("the receipt stays available").isTrue();
    }

    @Test
    void aPaymentArrivingAfterTheCaseEndedUnpaidIsDueBack() {
        PaymentNotice n = issued();
        n.caseEnded(MAR_2, MONDAY);

        assertThat(n.paid(payment(8000, PaymentNotice.STATEMENT))).isEqualTo(PaymentNotice.Outcome.PAID);

        assertThat(n.snapshot().state()).isEqualTo(PaymentState.REFUND_DUE);
        assertThat(n.snapshot().outbox()).extracting(StaffEvent::type).endsWith("PaymentReceived", "RefundDue");
    }

    @Test
    void nothingUnpaidCanBeRefunded() {
        PaymentNotice n = issued();

        assertThatThrownBy(() -> n.refunded("R", MAR_3, TUESDAY)).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void aRestoredNoticeKeepsItsStateAndOutbox() {
        PaymentNotice n = issued();
        n.paid(payment(8000, PaymentNotice.CALLBACK));

        PaymentNotice again = PaymentNotice.restore(n.snapshot());

        assertThat(again.snapshot()).isEqualTo(n.snapshot());
        assertThat(again.paid(payment(8000, PaymentNotice.CALLBACK))).isEqualTo(PaymentNotice.Outcome.ALREADY_PAID);
    }
}

package cn.gov.platform.intake.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.catalogue.domain.Fee;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeFiguresTest {

    private static final Fee HOUSING = new Fee("FEE-REALESTATE-HOUSING", "不动产登记费", new BigDecimal("80"), "财税〔2016〕79号");
    private static final Instant MAR_2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant APR_1 = Instant.parse("2026-04-01T02:00:00Z");
    private static int serial;

    private static PaymentNotice notice(String department) {
        return PaymentNotice.issue(new PaymentNotice.CaseRef("case-" + (++serial), "640324-2026-000000" + serial,
                "ZRZY-001", "不动产转移登记", "citizen", null, "640324000000", department, department),
                PaymentNumber.of("640324", 2026, serial), FeePoint.ACCEPTANCE, List.of(HOUSING),
                LocalDate.of(2026, 3, 20), MAR_2, LocalDate.of(2026, 3, 2));
    }

    @Test
    void eachDepartmentMonthShowsChargedPaidOutstandingRefundedAndMismatches() {
        PaymentNotice unpaid = notice("land");
        PaymentNotice paidInApril = notice("land");
        paidInApril.paid(new PaymentNotice.Payment(8000, "CALLBACK", "B1", APR_1, LocalDate.of(2026, 4, 1)));
        PaymentNotice refunded = notice("land");
        refunded.paid(new PaymentNotice.Payment(8000, "CALLBACK", "B2", MAR_2, LocalDate.of(2026, 3, 2)));
        refunded.caseEnded(MAR_2, LocalDate.of(2026, 3, 2));
        refunded.refunded("R2", APR_1, LocalDate.of(2026, 4, 1));
        PaymentNotice cancelled = notice("land");
        cancelled.caseEnded(MAR_2, LocalDate.of(2026, 3, 2));
        PaymentNotice wrong = notice("housing");
        wrong.paid(new PaymentNotice.Payment(100, "STATEMENT", "B3", MAR_2, LocalDate.of(2026, 3, 2)));

        FeeFigures f = new FeeFigures(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        List.of(unpaid, paidInApril, refunded, cancelled, wrong).forEach(n -> f.add(n.snapshot()));

        assertThat(f.rows()).extracting(r -> r.department() + " " + r.month() + " charged " + r.chargedFen() + " paid "
                + r.paidFen() + " outstanding " + r.outstandingFen() + " refunded " + r.refundedFen() + " mismatches "
                + r.mismatches()).containsExactly(
                        "housing 2026-03 charged 8000 paid 0 outstanding 8000 refunded 0 mismatches 1",
                        "land 2026-03 charged 24000 paid 8000 outstanding 8000 refunded 0 mismatches 0",
                        "land 2026-04 charged 0 paid 8000 outstanding 0 refunded 8000 mismatches 0");
        assertThat(f.total("640324").chargedFen()).isEqualTo(32000);
    }

    @Test
    void monthsOutsideTheSpanCountNothing() {
        PaymentNotice n = notice("land");
        FeeFigures f = new FeeFigures(YearMonth.of(2026, 4), YearMonth.of(2026, 5));

        f.add(n.snapshot());

        assertThat(f.rows()).isEmpty();
    }
}

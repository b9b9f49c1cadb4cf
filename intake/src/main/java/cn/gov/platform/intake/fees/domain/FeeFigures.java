package cn.gov.platform.intake.fees.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Supervision's fee figures (SUP-3) per department and month, amounts in fen: charged (notices issued in
 * the month, cancelled ones excluded), paid (received in the month), outstanding (charged in the month and
 * still unpaid), refunded (refunds confirmed in the month) and mismatches (amounts the provider reported
 * that differ from a notice, found in the month).
 */
public final class FeeFigures {

    public record Row(String division, String department, String departmentName, YearMonth month, long chargedFen,
            long paidFen, long outstandingFen, long refundedFen, long mismatches) {

        Row plus(Row o) {
            return new Row(division, department, departmentName, month, chargedFen + o.chargedFen,
                    paidFen + o.paidFen, outstandingFen + o.outstandingFen, refundedFen + o.refundedFen,
                    mismatches + o.mismatches);
        }
    }

    private final YearMonth from;
    private final YearMonth to;
    private final Map<String, Row> rows = new TreeMap<>();

    public FeeFigures(YearMonth from, YearMonth to) {
        this.from = from;
        this.to = to;
    }

    /** Adds what one notice contributes to the months within the span. */
    public void add(NoticeSnapshot n) {
        YearMonth issued = YearMonth.from(n.issuedOn());
        if (n.state() != PaymentState.CANCELLED) {
            add(n, issued, new long[] {n.totalFen(), 0, n.isUnpaid() ? n.totalFen() : 0, 0, 0});
        }
        if (n.paidOn() != null) {
            add(n, YearMonth.from(n.paidOn()), new long[] {0, n.totalFen(), 0, 0, 0});
        }
        if (n.refundedOn() != null) {
            add(n, YearMonth.from(n.refundedOn()), new long[] {0, 0, 0, n.totalFen(), 0});
        }
        n.mismatches().forEach(m -> add(n, YearMonth.from(m.on()), new long[] {0, 0, 0, 0, 1}));
    }

    private void add(NoticeSnapshot n, YearMonth month, long[] v) {
        add(n.division(), n.department(), n.departmentName(), month, v);
    }

    private void add(String division, String department, String departmentName, YearMonth month, long[] v) {
        if (month.isBefore(from) || month.isAfter(to)) {
            return;
        }
        Row row = new Row(division, department, departmentName, month, v[0], v[1], v[2], v[3], v[4]);
        rows.merge(division + "|" + department + "|" + month, row, Row::plus);
    }

    public List<Row> rows() {
        return rows.values().stream().sorted(Comparator.comparing(Row::month).thenComparing(Row::division)
                .thenComparing(Row::department)).toList();
    }

    public Row total(String scope) {
        Row sum = new Row(scope, "", "", to, 0, 0, 0, 0, 0);
        for (Row r : rows.values()) {
            sum = sum.plus(r);
        }
        return sum;
    }

    public void each(Consumer<Row> action) {
        rows().forEach(action);
    }
}

package cn.gov.platform.intake.fees.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept in fen (分, whole numbers) and written as yuan with two decimals: 8000 is "80.00". */
public final class Yuan {

    private Yuan() {
    }

    public static long toFen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static String format(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A provider's amount ("80.00", "80", "80.5"): more than two decimals, a sign or text is refused. */
    public static long parse(String text, String field) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return toFen(value);
        } catch (NumberFormatException | ArithmeticException e) {
            throw DomainViolation.invalid(field, "INVALID_AMOUNT", "金额格式不正确。", "The amount is malformed.");
        }
    }
}

package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/** The catalogue code of a service item, e.g. {@code SCJG-001}: a department prefix and a serial. */
public record ItemCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,8}-\\d{3}");

    public ItemCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainViolation.invalid("itemCode", "INVALID_ITEM_CODE",
                    "事项编码格式应为大写字母前缀加三位序号，如 SCJG-001。",
                    "An item code is an upper-case prefix and a three-digit serial, e.g. SCJG-001.");
        }
    }

    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/** A department's stable code, e.g. {@code county-market-regulation}, {@code yuhai-town-service-center}. */
public record DepartmentCode(String value) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public DepartmentCode {
        if (value == null || value.length() > 64 || !CODE.matcher(value).matches()) {
            throw DomainViolation.invalid("department", "INVALID_DEPARTMENT", Message.of(
                    "部门编码由小写字母、数字和连字符组成（不超过 64 位）。",
                    "A department code is lower-case letters, digits and hyphens (at most 64)."));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

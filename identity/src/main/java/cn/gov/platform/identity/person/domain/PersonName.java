package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/** Legal names as on the identity card: Chinese (with the middle dot of minority names) or Latin letters. */
final class PersonName {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,59}");

    private PersonName() {
    }

    static String check(String name, String field) {
        String trimmed = name == null ? "" : name.trim();
        if (!NAME.matcher(trimmed).matches()) {
            throw DomainViolation.invalid(field, "INVALID_NAME", Message.of(
                    "请填写与身份证一致的姓名（2-20 个汉字，或拉丁字母）。",
                    "Enter the name exactly as on the identity card (2-20 Chinese characters, or Latin letters)."));
        }
        return trimmed;
    }
}

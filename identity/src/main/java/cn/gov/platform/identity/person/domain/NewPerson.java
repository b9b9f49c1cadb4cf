package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;

/**
 * A registration as submitted, every field validated: nothing is created for an applicant
 * whose data is wrong. The password is handed to Keycloak and never stored here.
 */
public record NewPerson(String username, String password, String name, ResidentIdNumber idNumber,
        MobileNumber phone) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public NewPerson {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DomainViolation.invalid("username", "INVALID_USERNAME", Message.of(
                    "用户名为 3-40 位小写字母、数字或 . _ -，以字母或数字开头。",
                    "A username has 3-40 lower-case letters, digits or . _ -, starting with a letter or digit."));
        }
        if (password == null || password.length() < 10 || password.length() > 128
                || password.chars().noneMatch(Character::isDigit) || password.chars().noneMatch(Character::isLetter)) {
            throw DomainViolation.invalid("password", "WEAK_PASSWORD", Message.of(
                    "密码至少 10 位，且须同时包含字母和数字。",
                    "A password has at least 10 characters, including letters and digits."));
        }
        name = PersonName.check(name, "name");
    }

    @Override
    public String toString() {
        return "NewPerson[" + username + "]";
    }
}

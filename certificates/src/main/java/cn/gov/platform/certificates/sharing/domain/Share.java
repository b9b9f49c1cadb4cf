package cn.gov.platform.certificates.sharing.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A holder's authorisation for one department to fetch one certificate, for a stated purpose,
 * from one day to another inclusive (CER-2: instead of handing over a paper copy). The holder
 * can withdraw it at any time; a withdrawn share allows nothing.
 */
public record Share(String id, String number, String holderSubject, String department, String purpose,
        LocalDate from, LocalDate until, Instant grantedAt, @Nullable Instant withdrawnAt) {

    /** The longest period a holder may authorise at once: a year, as for a paper copy's usual validity. */
    public static final int MAX_DAYS = 366;

    public Share {
        Objects.requireNonNull(id);
        Objects.requireNonNull(number);
        Objects.requireNonNull(holderSubject);
        if (department == null || !department.matches("[a-z0-9-]{2,64}")) {
            throw DomainViolation.invalid("department", "INVALID_DEPARTMENT", "部门代码不正确。",
                    "The department code is not valid.");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 200) {
            throw DomainViolation.invalid("purpose", "PURPOSE_REQUIRED", "请说明用途（不超过 200 字）。",
                    "State the purpose (at most 200 characters).");
        }
        if (until.isBefore(from)) {
            throw DomainViolation.invalid("until", "PERIOD_REVERSED", "授权截止日不能早于起始日。",
                    "The end of the authorisation cannot be before its start.");
        }
        if (until.isAfter(from.plusDays(MAX_DAYS - 1))) {
            throw DomainViolation.invalid("until", "PERIOD_TOO_LONG", "单次授权最长一年。",
                    "One authorisation lasts at most a year.");
        }
    }

    public static Share grant(String id, String number, String holderSubject, String department, String purpose,
            LocalDate from, LocalDate until, LocalDate today, Instant now) {
        if (from.isBefore(today)) {
            throw DomainViolation.invalid("from", "PERIOD_IN_PAST", "授权起始日不能早于今天。",
                    "An authorisation cannot start in the past.");
        }
        return new Share(id, number, holderSubject, department, purpose, from, until, now, null);
    }

    public boolean allows(String askingDepartment, LocalDate today) {
        return withdrawnAt == null && department.equals(askingDepartment) && !today.isBefore(from)
                && !today.isAfter(until);
    }

    public Share withdraw(Instant at) {
        return withdrawnAt != null ? this
                : new Share(id, number, holderSubject, department, purpose, from, until, grantedAt, at);
    }
}

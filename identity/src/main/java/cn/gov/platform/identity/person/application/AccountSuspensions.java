package cn.gov.platform.identity.person.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.Suspension;
import cn.gov.platform.identity.person.domain.Suspensions;
import cn.gov.platform.identity.person.domain.TokenRefusals;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Administrators suspend an account and reinstate it. A suspension disables the account at the
 * identity provider (no login, no renewal, its sessions ended), has its tokens refused by the
 * gateway and every service within a second or two, and is recorded; if a later step fails the
 * earlier ones are undone, so a failed request leaves the account as it was. Suspending a
 * suspended account answers the suspension in force; reinstating enables the account, whose
 * new tokens then pass (those issued before the suspension never again).
 */
@Service
public class AccountSuspensions {

    private static final Logger log = LoggerFactory.getLogger(AccountSuspensions.class);
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final Accounts accounts;
    private final Suspensions suspensions;
    private final TokenRefusals refusals;
    private final AuditLog audit;
    private final Clock clock;

    public AccountSuspensions(Accounts accounts, Suspensions suspensions, TokenRefusals refusals, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.suspensions = suspensions;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    public Suspension suspend(String admin, String username, @Nullable String reason) {
        String subject = subjectOf(username);
        // To the millisecond, as stored and as the refusal list keeps it: the answer to a repeat is the same.
        Suspension suspension = Suspension.of(subject, username, reason, admin, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (subject.equals(admin)) {
            throw DomainViolation.rule("CANNOT_SUSPEND_ONESELF", "不能停用自己的账号。",
                    "You cannot suspend your own account.", "username");
        }
        Optional<Suspension> current = suspensions.of(subject).filter(Suspension::active);
        if (current.isPresent()) {
            return current.get();
        }
        accounts.disable(subject);
        try {
            refusals.refuseIssuedUntil(subject, suspension.suspendedAt());
            suspensions.save(suspension);
            audit.record(admin, "ACCOUNT_SUSPENDED", "account", subject, List.of(subject),
                    Map.of("username", username, "reason", suspension.reason()));
        } catch (RuntimeException e) {
            enableAgain(subject, e);
            throw e; // Redis or the store down: a 503 with a retry hint, the account as it was
        }
        return suspension;
    }

    public Suspension reinstate(String admin, String username) {
        String subject = subjectOf(username);
        Suspension current = suspensions.of(subject).filter(Suspension::active).orElseThrow(() ->
                PlatformException.notFound("NOT_SUSPENDED", Message.of("该账号未被停用。", "The account is not suspended.")));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Suspension reinstated = current.reinstated(admin, now);
        accounts.enable(subject);
        try {
            suspensions.save(reinstated);
            audit.record(admin, "ACCOUNT_REINSTATED", "account", subject, List.of(subject), Map.of("username", username));
        } catch (RuntimeException e) {
            try {
                accounts.disable(subject);
            } catch (RuntimeException again) {
                log.error("Account {} enabled but its reinstatement not recorded; suspend it again: {}", subject,
                        again.toString());
            }
            throw e;
        }
        return reinstated;
    }

    public List<Suspension> latest() {
        return suspensions.latest(200);
    }

    private String subjectOf(String username) {
        String name = username == null ? "" : username.strip();
        Optional<String> subject = name.isEmpty() || name.startsWith(SERVICE_ACCOUNT_PREFIX) ? Optional.empty()
                : accounts.subjectOf(name);
        return subject.orElseThrow(() -> PlatformException.notFound("ACCOUNT_NOT_FOUND",
                Message.of("未找到该账号。", "No such account.")));
    }

    private void enableAgain(String subject, RuntimeException cause) {
        try {
            accounts.enable(subject);
        } catch (RuntimeException e) {
            log.error("Account {} disabled but its suspension not recorded ({}); enable it again: {}", subject,
                    cause.toString(), e.toString());
        }
    }
}

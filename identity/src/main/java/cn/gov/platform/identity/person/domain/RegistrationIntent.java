package cn.gov.platform.identity.person.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A registration under way, written before its login account is made: if the process dies between
 * the account and the identity record, the intent is what finds the account again. One per
 * username (Keycloak's spelling: lower case), so two registrations of one username meet here.
 *
 * @param username  the username, lower case
 * @param startedAt when the registration began (millisecond precision, as the store keeps it)
 * @param subject   the account's subject once Keycloak has answered it; null before
 */
public record RegistrationIntent(String username, Instant startedAt, @Nullable String subject) {

    public RegistrationIntent {
        username = username.toLowerCase(Locale.ROOT);
        startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new intent for {@code username}, its account not made yet. */
    public static RegistrationIntent begin(String username, Instant now) {
        return new RegistrationIntent(username, now, null);
    }

    public RegistrationIntent withSubject(String subject) {
        return new RegistrationIntent(username, startedAt, subject);
    }

    /** Older than the grace period: no registration request can still be working on it. */
    public boolean isStale(Instant now, Duration grace) {
        return startedAt.plus(grace).isBefore(now);
    }

    /** Whether an account created at {@code createdAt} can be this registration's: made within its grace period. */
    public boolean couldHaveCreated(Instant createdAt, Duration grace) {
        return !createdAt.isBefore(startedAt) && !createdAt.isAfter(startedAt.plus(grace));
    }

    @Override
    public String toString() {
        // The username stays out of logs; the subject is an opaque account id.
        return "RegistrationIntent[startedAt=" + startedAt + ", subject=" + subject + "]";
    }
}

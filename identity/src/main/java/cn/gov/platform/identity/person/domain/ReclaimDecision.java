package cn.gov.platform.identity.person.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What becomes of a registration intent found still there: the rule that tells an orphan login account
 * (the process died between the account and the identity record) from a registration still running,
 * one that finished, and an account someone made by hand under the same username.
 *
 * @param outcome         what was found
 * @param accountToDelete the orphan account's subject when it is to be deleted, else null
 */
public record ReclaimDecision(Outcome outcome, @Nullable String accountToDelete) {

    /** What was found; the intent itself is removed in every case but {@link #IN_PROGRESS}. */
    public enum Outcome {
        /** Within the grace period: the registration may still be running. Nothing is touched. */
        IN_PROGRESS("in-progress"),
        /** A person record exists for the account: the registration finished, only its intent was left. */
        FINISHED("finished"),
        /** The account has no person record and is this registration's: it is deleted. */
        ACCOUNT_DELETED("account-deleted"),
        /** No account was ever made (the process died before Keycloak answered, or Keycloak refused). */
        NO_ACCOUNT("no-account"),
        /** An account under the username was made outside this registration's window: not ours, kept. */
        ACCOUNT_KEPT("account-kept");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        /** The value of the metric's {@code outcome} tag. */
        public String tag() {
            return tag;
        }
    }

    /**
     * Decides on {@code intent} at {@code now}.
     *
     * @param hasPerson         whether a person record exists for a subject
     * @param accountByUsername Keycloak's account under a username; asked only when no subject was recorded
     */
    public static ReclaimDecision decide(RegistrationIntent intent, Instant now, Duration grace,
            Predicate<String> hasPerson, Function<String, Optional<Accounts.Account>> accountByUsername) {
        if (!intent.isStale(now, grace)) {
            return new ReclaimDecision(Outcome.IN_PROGRESS, null);
        }
        String subject = intent.subject();
        if (subject != null) {
            return hasPerson.test(subject)
                    ? new ReclaimDecision(Outcome.FINISHED, null)
                    : new ReclaimDecision(Outcome.ACCOUNT_DELETED, subject);
        }
        Optional<Accounts.Account> found = accountByUsername.apply(intent.username());
        if (found.isEmpty()) {
            return new ReclaimDecision(Outcome.NO_ACCOUNT, null);
        }
        Accounts.Account account = found.get();
        if (hasPerson.test(account.subject())) {
            return new ReclaimDecision(Outcome.FINISHED, null);
        }
        // Without a recorded subject, only an account made while this registration could have been making
        // it is taken for its orphan: a staff account made by hand under the name is never deleted.
        Instant created = account.createdAt();
        return created != null && intent.couldHaveCreated(created, grace)
                ? new ReclaimDecision(Outcome.ACCOUNT_DELETED, account.subject())
                : new ReclaimDecision(Outcome.ACCOUNT_KEPT, null);
    }
}

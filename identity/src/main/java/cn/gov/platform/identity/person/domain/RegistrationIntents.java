package cn.gov.platform.identity.person.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registrations under way, one per username; insert-only on the username, so concurrent ones meet. */
public interface RegistrationIntents {

    /** Records the intent; false if one for the username already exists (nothing is changed then). */
    boolean begin(RegistrationIntent intent);

    /**
     * Records the account's subject on the intent, if it is still this intent (same start); false if it is
     * gone, i.e. reclaimed because this registration took longer than the grace period.
     */
    boolean recordSubject(RegistrationIntent intent, String subject);

    /**
     * Removes the intent, only if the one stored began at the same moment: an instance that decided on an
     * old intent never removes a newer registration's.
     */
    void remove(RegistrationIntent intent);

    Optional<RegistrationIntent> byUsername(String username);

    /** Up to {@code limit} intents begun before {@code cutoff}, oldest first. */
    List<RegistrationIntent> startedBefore(Instant cutoff, int limit);
}

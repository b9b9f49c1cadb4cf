package cn.gov.platform.identity.person.domain;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Login accounts at the identity provider; a person's subject is their account id. */
public interface Accounts {

    /** Creates an enabled account with the password and the realm role; returns its subject. */
    String create(String username, String password, String name, String role);

    /** Removes an account; used to undo a registration whose identity record could not be written. */
    void delete(String subject);

    Optional<String> subjectOf(String username);

    /** The account under {@code username} (exact match), with when it was created. */
    Optional<Account> byUsername(String username);

    /** Disables the account (no login, no new or renewed token) and ends its sessions. */
    void disable(String subject);

    /** Enables the account again. */
    void enable(String subject);

    /**
     * An account as the identity provider reports it.
     *
     * @param subject   its id
     * @param createdAt when it was created, if the provider says
     */
    record Account(String subject, @Nullable Instant createdAt) {
    }
}

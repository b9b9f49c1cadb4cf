package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.http.HttpStatus;

/**
 * Accounts in the platform's Keycloak realm through the admin API, authenticated as the
 * identity service's own client (client credentials; it holds manage-users, view-users and
 * query-users; manage-users also disables accounts and ends their sessions). The realm role is found among the roles available to the new user, which
 * manage-users may list, rather than read from the realm, which would need view-realm.
 */
public class KeycloakAccounts implements Accounts, AutoCloseable {

    private static final Message UNAVAILABLE = Message.of(
            "统一身份认证服务暂时不可用，请稍后重试。",
            "The identity provider is unavailable; try again later.");

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakAccounts(IdentityProperties.Keycloak properties) {
        this.realm = properties.realm();
        this.keycloak = KeycloakBuilder.builder()
                .resteasyClient(http(properties.timeout()))
                .serverUrl(properties.url().toString())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build();
    }

    /**
     * The admin client's own HTTP client, as the library builds it, with a time limit: without one, a Keycloak
     * that accepts a connection and never answers holds the registration (and its intent) indefinitely.
     */
    private static Client http(Duration timeout) {
        return ResteasyClientClassicProvider.createClientBuilder()
                .register(JacksonProvider.class, 100)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    public String create(String username, String password, String name, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName(name);
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        String subject;
        try (Response response = realm().users().create(user)) {
            int status = response.getStatus();
            if (status == 409) {
                throw new PlatformException(HttpStatus.CONFLICT, "USERNAME_TAKEN", Message.of(
                        "该用户名已被使用，请换一个。", "That username is taken; choose another."), "username");
            }
            if (status == 400) {
                // Keycloak's password policy is the last word on passwords.
                throw PlatformException.invalid("password", "WEAK_PASSWORD", Message.of(
                        "密码不符合安全要求，请换一个更复杂的密码。",
                        "The password does not meet the security policy; choose a stronger one."));
            }
            if (status != 201) {
                throw unavailable(new IllegalStateException("Keycloak answered " + status + " to user creation"));
            }
            subject = CreatedResponseUtil.getCreatedId(response);
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
        try {
            RoleRepresentation granted = realm().users().get(subject).roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(role))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("realm role " + role + " is not available"));
            realm().users().get(subject).roles().realmLevel().add(List.of(granted));
        } catch (RuntimeException e) {
            // An account without its role is useless and would block the username: take it back.
            delete(subject);
            throw e instanceof PlatformException p ? p : unavailable(e);
        }
        return subject;
    }

    @Override
    public void delete(String subject) {
        // 404 counts as done: deleting is repeated safely (a compensation, a reclaim by two instances).
        try (Response response = realm().users().delete(subject)) {
            if (response.getStatus() != 204 && response.getStatus() != 404) {
                throw unavailable(new IllegalStateException("Keycloak answered " + response.getStatus()
                        + " to user deletion"));
            }
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<String> subjectOf(String username) {
        try {
            return realm().users().searchByUsername(username, true).stream().findFirst().map(UserRepresentation::getId);
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<Account> byUsername(String username) {
        try {
            return realm().users().searchByUsername(username, true).stream().findFirst()
                    .map(u -> new Account(u.getId(),
                            u.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(u.getCreatedTimestamp())));
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void disable(String subject) {
        setEnabled(subject, false);
        try {
            realm().users().get(subject).logout();
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void enable(String subject) {
        setEnabled(subject, true);
    }

    private void setEnabled(String subject, boolean enabled) {
        try {
            UserResource user = realm().users().get(subject);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
        } catch (NotFoundException e) {
            throw PlatformException.notFound("ACCOUNT_NOT_FOUND", Message.of("未找到该账号。", "No such account."));
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(e);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static PlatformException unavailable(Exception cause) {
        PlatformException e = new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                UNAVAILABLE);
        e.initCause(cause);
        return e;
    }

    @Override
    public void close() {
        keycloak.close();
    }
}

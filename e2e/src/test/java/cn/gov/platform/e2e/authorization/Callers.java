package cn.gov.platform.e2e.authorization;

import cn.gov.platform.e2e.RunningPlatform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The callers of the table with their tokens from the real Keycloak, each signed in once and
 * shared by every row. A token is fetched again when less than a minute of it is left (the
 * realm's tokens live five minutes; a run may be longer on a loaded machine).
 */
final class Callers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MARGIN = Duration.ofSeconds(60);

    /** One signed-in caller as its token describes it. */
    record Identity(String name, @Nullable String token, String subject, Set<String> roles, @Nullable String division,
            @Nullable String department, @Nullable String phone, Instant renewAfter) {
    }

    private final Map<String, Matrix.CallerSpec> specs;
    private final Map<String, Identity> identities = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    Callers(Map<String, Matrix.CallerSpec> specs) {
        this.specs = new ConcurrentHashMap<>(specs);
    }

    /** A caller the test made itself (person X), known by username and password. */
    void addPerson(String name, String username, String password, String phone) {
        specs.put(name, new Matrix.CallerSpec(name, username, null, null, phone, "made by the test"));
        passwords.put(name, password);
        identities.remove(name);
    }

    List<String> names() {
        return List.copyOf(specs.keySet());
    }

    Identity get(String name) {
        Matrix.CallerSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no caller " + name);
        }
        Identity known = identities.get(name);
        if (known != null && Instant.now().isBefore(known.renewAfter())) {
            return known;
        }
        // One sign-in per user at a time: Keycloak's brute-force protection takes two logins of
        // one user within a second for an attack and locks the user out for a minute.
        synchronized (locks.computeIfAbsent(name, n -> new Object())) {
            known = identities.get(name);
            if (known != null && Instant.now().isBefore(known.renewAfter())) {
                return known;
            }
            Identity fresh = signIn(spec);
            identities.put(name, fresh);
            return fresh;
        }
    }

    @Nullable String token(String name) {
        return get(name).token();
    }

    private Identity signIn(Matrix.CallerSpec spec) {
        if (spec.anonymous()) {
            return new Identity(spec.name(), null, "", Set.of(), null, null, null, Instant.MAX);
        }
        JsonNode answer = spec.client() != null
                ? RunningPlatform.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", spec.client(),
                        "client_secret", spec.secret()))
                : RunningPlatform.tokenRequest(Map.of("grant_type", "password", "client_id", "gov-portal",
                        "username", spec.user(), "password", passwords.getOrDefault(spec.name(), RunningPlatform.PASSWORD)));
        String token = answer.get("access_token").asString();
        // The clock of this JVM only decides when to ask Keycloak again; no expectation depends on it.
        Instant renewAfter = Instant.now().plusSeconds(answer.path("expires_in").asLong(300)).minus(MARGIN);
        JsonNode claims = claims(token);
        Set<String> roles = new TreeSet<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asString()));
        return new Identity(spec.name(), token, claims.path("sub").asString(), roles,
                claims.path("division").asString(null), claims.path("department").asString(null), spec.phone(),
                renewAfter);
    }

    static JsonNode claims(String token) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}

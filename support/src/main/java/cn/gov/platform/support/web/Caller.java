package cn.gov.platform.support.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the token says. Tokens stay small: the subject, the login name, the
 * realm roles and, for staff, the division and department they were issued with. The
 * identity service remains the source of truth for everything else.
 */
public record Caller(String subject, String username, Set<String> roles, @Nullable String division,
        @Nullable String department) {

    public static Caller from(Jwt jwt) {
        return new Caller(jwt.getSubject(),
                stringClaim(jwt, "preferred_username", jwt.getSubject()),
                realmRoles(jwt),
                jwt.getClaimAsString("division"),
                jwt.getClaimAsString("department"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Keycloak puts realm roles under {@code realm_access.roles}. */
    public static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof java.util.Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            Set<String> names = new TreeSet<>();
            roles.forEach(r -> names.add(String.valueOf(r)));
            return names;
        }
        return Set.of();
    }

    private static String stringClaim(Jwt jwt, String name, String fallback) {
        String value = jwt.getClaimAsString(name);
        return value == null ? fallback : value;
    }

    public List<String> sortedRoles() {
        return List.copyOf(roles);
    }
}

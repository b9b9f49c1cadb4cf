package cn.gov.platform.support.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service's token decoder that checks each token in full once and then recalls it from
 * {@link TokenMemory} until it expires; a suspended account is refused on every use, recalled or not.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder validator;
    private final TokenMemory memory;
    private final @Nullable SuspendedAccounts suspended;

    RememberingJwtDecoder(JwtDecoder validator, TokenMemory memory, @Nullable SuspendedAccounts suspended) {
        this.validator = validator;
        this.memory = memory;
        this.suspended = suspended;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = memory.recall(token);
        if (known == null) {
            // Checked in full (signature, issuer, audience, times, suspension); only success is remembered.
            Jwt jwt = validator.decode(token);
            memory.remember(token, jwt);
            return jwt;
        }
        if (suspended != null && suspended.refuses(known.getSubject(), known.getIssuedAt())) {
            throw new BadJwtException("The account is suspended");
        }
        return known;
    }
}

package cn.gov.platform.support.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import cn.gov.platform.support.web.Caller;

/**
 * The checks every platform token passes, in the gateway and again in each service:
 * signature (by the decoder, against the realm's JWKS), issuer, audience, expiry and
 * not-before with a small clock skew, and that its account was not suspended since it was issued.
 */
public final class TokenValidation {

    private TokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(TokenProperties properties) {
        return validator(properties, null);
    }

    /** The checks, and {@code suspended}'s when there is one (every service with Redis). */
    public static OAuth2TokenValidator<Jwt> validator(TokenProperties properties, @Nullable SuspendedAccounts suspended) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer().toString()),
                audience(properties.audience())));
        if (suspended != null) {
            checks.add(suspended.validator());
        }
        return new DelegatingOAuth2TokenValidator<>(checks);
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error missing = new OAuth2Error("invalid_token", "The token is not meant for this platform", null);
        return jwt -> {
            List<String> aud = jwt.getAudience();
            return aud != null && aud.contains(audience)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(missing);
        };
    }

    /** Realm roles become {@code ROLE_citizen}, {@code ROLE_clerk}, and so on. */
    public static Converter<Jwt, Collection<GrantedAuthority>> realmRoleAuthorities() {
        return jwt -> Caller.realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}

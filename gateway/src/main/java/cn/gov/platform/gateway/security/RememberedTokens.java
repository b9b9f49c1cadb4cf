package cn.gov.platform.gateway.security;

import cn.gov.platform.support.security.SuspendedAccounts;
import cn.gov.platform.support.security.TokenMemory;
import java.time.Clock;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Validates a token once and then recalls it from {@link TokenMemory} until it expires: a caller's
 * next requests skip parsing, the signature check and the claim checks. Whether the token's account
 * was suspended since it was issued is asked on every use, remembered or not.
 */
final class RememberedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder validator;
    private final TokenMemory memory;
    private final SuspendedAccounts suspended;

    RememberedTokens(ReactiveJwtDecoder validator, Clock clock, int maxTokens, SuspendedAccounts suspended) {
        this.validator = validator;
        this.memory = new TokenMemory(clock, maxTokens);
        this.suspended = suspended;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = memory.recall(token);
        if (known != null) {
            return notSuspended(known);
        }
        return validator.decode(token).doOnNext(jwt -> memory.remember(token, jwt)).flatMap(this::notSuspended);
    }

    private Mono<Jwt> notSuspended(Jwt jwt) {
        return suspended.refuses(jwt.getSubject(), jwt.getIssuedAt())
                ? Mono.error(new BadJwtException("The account is suspended"))
                : Mono.just(jwt);
    }

    long size() {
        return memory.size();
    }
}

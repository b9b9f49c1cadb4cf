package cn.gov.platform.credit.subjects.infrastructure;

import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.NameMask;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import feign.FeignException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;

/**
 * Asks identity who an account is, hashes the identity number at once and keeps only
 * {@code account -> key|public name} in Redis (a day) and in a small local map (a minute), so a
 * check normally costs no network call at all. The number is never stored, cached or logged.
 * An account identity does not know is cached as "none" for a few minutes.
 */
class IdentityCreditSubjects implements CreditSubjects {

    static final String BREAKER = "identity";
    static final String PREFIX = "credit:subject:";
    private static final String NONE = "-";
    private static final Logger log = LoggerFactory.getLogger(IdentityCreditSubjects.class);

    private final IdentityClient client;
    private final CircuitBreaker breaker;
    private final StringRedisTemplate redis;
    private final SubjectHasher hasher;
    private final Duration localTtl;
    private final ConcurrentHashMap<String, Local> local = new ConcurrentHashMap<>();

    private record Local(String value, long expiresAtNanos) {
    }

    IdentityCreditSubjects(IdentityClient client, CircuitBreakerFactory<?, ?> breakers, StringRedisTemplate redis,
            SubjectHasher hasher, Duration localTtl) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
        this.redis = redis;
        this.hasher = hasher;
        this.localTtl = localTtl;
    }

    @Override
    public Optional<CreditSubject> resolve(String accountSubject) {
        long now = System.nanoTime();
        Local hit = local.get(accountSubject);
        if (hit != null && hit.expiresAtNanos() - now > 0) {
            return decode(hit.value());
        }
        String cached = redis.opsForValue().get(PREFIX + accountSubject);
        if (cached == null) {
            cached = ask(accountSubject);
            redis.opsForValue().set(PREFIX + accountSubject, cached,
                    cached.equals(NONE) ? Duration.ofMinutes(5) : Duration.ofDays(1));
        }
        if (local.size() > 200_000) {
            local.clear();
        }
        local.put(accountSubject, new Local(cached, now + localTtl.toNanos()));
        return decode(cached);
    }

    private String ask(String accountSubject) {
        IdentityClient.Answer answer = breaker.run(() -> {
            try {
                return client.creditSubject(accountSubject);
            } catch (FeignException.NotFound e) {
                return new IdentityClient.Answer(null, null, null, null);
            }
        }, failure -> {
            log.warn("Identity could not resolve a credit subject: {}", failure.getClass().getSimpleName());
            throw new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", Message.of(
                    "身份认证服务暂时无法确认申请人身份，信用核查暂不能完成，请稍后再试。",
                    "The identity service cannot say who the applicant is right now; the credit check cannot be done yet. Try again shortly."));
        });
        if (answer.kind() == null) {
            return NONE;
        }
        String name = answer.name() == null ? "" : answer.name();
        if ("LEGAL_PERSON".equals(answer.kind()) && answer.creditCode() != null) {
            return encode(SubjectKey.legalPerson(new UnifiedSocialCreditCode(answer.creditCode())), name);
        }
        if ("NATURAL_PERSON".equals(answer.kind()) && answer.idNumber() != null) {
            return encode(hasher.keyOf(ResidentIdNumber.parse(answer.idNumber())), NameMask.person(name));
        }
        return NONE;
    }

    /** Lets the benchmark and tests map accounts to keys exactly as a resolution would. */
    void remember(String accountSubject, SubjectKey key, String publicName) {
        redis.opsForValue().set(PREFIX + accountSubject, encode(key, publicName), Duration.ofDays(1));
        local.remove(accountSubject);
    }

    private static String encode(SubjectKey key, String publicName) {
        return key.value() + "|" + publicName;
    }

    private static Optional<CreditSubject> decode(String value) {
        if (value.equals(NONE)) {
            return Optional.empty();
        }
        int bar = value.indexOf('|');
        return Optional.of(new CreditSubject(new SubjectKey(value.substring(0, bar)), value.substring(bar + 1)));
    }
}

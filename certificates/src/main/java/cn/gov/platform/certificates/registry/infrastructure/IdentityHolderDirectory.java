package cn.gov.platform.certificates.registry.infrastructure;

import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Identity's holder keys behind the Resilience4j breaker {@code identity-holders}. An answer that does
 * not fit (a missing key, a key that is not 64 hex digits, another count than asked) counts as no
 * answer: nothing is imported or handed over on it. Numbers are never logged.
 */
final class IdentityHolderDirectory implements HolderDirectory {

    static final String BREAKER = "identity-holders";
    private final IdentityHolderClient client;
    private final CircuitBreaker breaker;

    IdentityHolderDirectory(IdentityHolderClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public List<PersonHolder> persons(List<ResidentIdNumber> idNumbers) {
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        IdentityHolderClient.Resolved answer = call(() -> client.resolve(new IdentityHolderClient.Resolution(
                idNumbers.stream().map(ResidentIdNumber::value).toList(), List.of())));
        List<IdentityHolderClient.PersonHolder> persons = answer.persons();
        if (persons == null || persons.size() != idNumbers.size()) {
            throw new Unavailable("identity answered another number of persons than asked", null);
        }
        List<PersonHolder> out = new ArrayList<>(persons.size());
        for (IdentityHolderClient.PersonHolder p : persons) {
            if (p.key() == null || !p.key().matches("[0-9a-f]{64}")) {
                throw new Unavailable("identity answered a person without a well-formed key", null);
            }
            out.add(new PersonHolder(p.key(), p.subject()));
        }
        return out;
    }

    @Override
    public List<@Nullable String> enterprises(List<UnifiedSocialCreditCode> creditCodes) {
        if (creditCodes.isEmpty()) {
            return List.of();
        }
        IdentityHolderClient.Resolved answer = call(() -> client.resolve(new IdentityHolderClient.Resolution(
                List.of(), creditCodes.stream().map(UnifiedSocialCreditCode::value).toList())));
        List<IdentityHolderClient.EnterpriseHolder> enterprises = answer.enterprises();
        if (enterprises == null || enterprises.size() != creditCodes.size()) {
            throw new Unavailable("identity answered another number of enterprises than asked", null);
        }
        List<@Nullable String> out = new ArrayList<>(enterprises.size());
        enterprises.forEach(e -> out.add(e.subject()));
        return out;
    }

    @Override
    public List<String> keysOf(String subject) {
        IdentityHolderClient.Keys keys = call(() -> client.keysOf(subject));
        List<String> out = new ArrayList<>();
        if (keys.personKey() != null) {
            out.add(Holder.personKey(keys.personKey()));
        }
        if (keys.creditCodes() != null) {
            keys.creditCodes().forEach(code -> out.add(Holder.enterpriseKey(code)));
        }
        return out;
    }

    private <T> T call(Supplier<T> call) {
        T answer = breaker.run(call, failure -> {
            throw new Unavailable("identity's holder keys failed: " + failure.getClass().getSimpleName(), failure);
        });
        if (answer == null) {
            throw new Unavailable("identity answered nothing", null);
        }
        return answer;
    }
}

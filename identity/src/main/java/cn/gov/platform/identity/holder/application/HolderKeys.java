package cn.gov.platform.identity.holder.application;

import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.Sealer;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Certificate holders named by identity number or credit code (issue 18, point 3), for the
 * certificates service's legacy import. The key of an identity number is this service's keyed
 * fingerprint of it (HMAC-SHA256 under the key derived from {@code IDENTITY_DATA_KEY}, the very
 * fingerprint {@code persons.idFingerprint} holds), written as 64 lower-case hex digits: certificates
 * stores the key and never the number, and only identity, which holds the key, can compute it, so a
 * stolen certificates database cannot be searched by guessing numbers. A credit code is public
 * record and is its own key.
 *
 * <p>Like person records ({@code PersonRecordService}), a number becomes an account's only once the
 * account is real-name verified with it: registering with someone else's number must not open their
 * certificates. Certificates asks {@link #of} at the holder's next wallet read and takes the waiting
 * certificates of those keys; nothing is pushed.
 */
@Service
public class HolderKeys {

    /** The most numbers (and, separately, codes) one request may resolve. */
    public static final int MAX_BATCH = 1000;

    private final Persons persons;
    private final Enterprises enterprises;
    private final Sealer sealer;
    private final Clock clock;

    public HolderKeys(Persons persons, Enterprises enterprises, Sealer sealer, Clock clock) {
        this.persons = persons;
        this.enterprises = enterprises;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** A person's number: its key, and the verified account holding it (null when none does yet). */
    public record PersonHolder(String key, @Nullable String subject) {
    }

    /** A credit code: the account of the enterprise's legal representative (null when not registered). */
    public record EnterpriseHolder(@Nullable String subject) {
    }

    /** The answers, in the order of the request. */
    public record Resolved(List<PersonHolder> persons, List<EnterpriseHolder> enterprises) {
    }

    /** The keys that are an account's: its own number's once verified, and the codes of the enterprises it represents. */
    public record Keys(@Nullable String personKey, List<String> creditCodes) {
    }

    /**
     * @throws DomainViolation naming {@code idNumbers[i]} or {@code creditCodes[i]} (never the value) for an
     *                         invalid one, or the list when it is longer than {@value #MAX_BATCH}
     */
    public Resolved resolve(List<String> idNumbers, List<String> creditCodes) {
        if (idNumbers.size() > MAX_BATCH || creditCodes.size() > MAX_BATCH) {
            throw DomainViolation.invalid(idNumbers.size() > MAX_BATCH ? "idNumbers" : "creditCodes", "TOO_MANY_HOLDERS",
                    "一次最多查询 " + MAX_BATCH + " 个号码。", "At most " + MAX_BATCH + " numbers per request.");
        }
        List<ResidentIdNumber> numbers = new ArrayList<>(idNumbers.size());
        for (int i = 0; i < idNumbers.size(); i++) {
            String field = "idNumbers[" + i + "]";
            numbers.add(ResidentIdNumber.parse(idNumbers.get(i), field).requireBornBy(ChinaTime.today(clock), field));
        }
        List<UnifiedSocialCreditCode> codes = new ArrayList<>(creditCodes.size());
        for (int i = 0; i < creditCodes.size(); i++) {
            codes.add(UnifiedSocialCreditCode.parse(creditCodes.get(i), "creditCodes[" + i + "]"));
        }
        Map<String, Person> verified = persons.byIdNumbers(numbers).stream().filter(Person::isVerified)
                .collect(Collectors.toMap(p -> p.idNumber().value(), Function.identity(), (a, b) -> a));
        List<PersonHolder> personHolders = numbers.stream().map(n -> new PersonHolder(key(n),
                verified.containsKey(n.value()) ? verified.get(n.value()).subject() : null)).toList();
        List<EnterpriseHolder> enterpriseHolders = codes.stream().map(c -> new EnterpriseHolder(
                enterprises.byCreditCode(c).map(Enterprise::legalRepresentative).orElse(null))).toList();
        return new Resolved(personHolders, enterpriseHolders);
    }

    /** An account's keys; an unknown or unverified account has no person key. */
    public Keys of(String subject) {
        if (subject.startsWith(Enterprise.SUBJECT_PREFIX)) {
            // An enterprise as applicant (issue 18): its own code, no person key.
            return new Keys(null, Enterprise.codeOf(subject).flatMap(enterprises::byCreditCode)
                    .map(e -> List.of(e.creditCode().value())).orElse(List.of()));
        }
        String personKey = persons.bySubject(subject).filter(Person::isVerified).map(p -> key(p.idNumber())).orElse(null);
        List<String> codes = enterprises.actedForBy(subject).stream()
                .filter(e -> e.legalRepresentative().equals(subject)).map(e -> e.creditCode().value()).sorted().toList();
        return new Keys(personKey, codes);
    }

    private String key(ResidentIdNumber number) {
        return HexFormat.of().formatHex(Base64.getUrlDecoder().decode(sealer.fingerprint(number.value())));
    }
}

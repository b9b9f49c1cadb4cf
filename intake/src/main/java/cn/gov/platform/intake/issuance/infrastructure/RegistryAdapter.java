package cn.gov.platform.intake.issuance.infrastructure;

import cn.gov.platform.intake.cases.application.CertificateReferences;
import cn.gov.platform.intake.cases.domain.ReferenceResolution;
import cn.gov.platform.intake.issuance.application.CertificateRegistry;
import cn.gov.platform.intake.issuance.application.Holders;
import cn.gov.platform.intake.issuance.domain.Issuance;
import feign.FeignException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry and identity behind Resilience4j breakers. The distinction that matters is
 * between an answer and no answer: a 4xx problem from the registry is its answer (the data are
 * wrong, the certificate is not shared) and is never retried; a 5xx, a timeout or an open breaker
 * is no answer, and the caller tries again later.
 */
class RegistryAdapter implements CertificateRegistry, CertificateReferences, Holders {

    static final String BREAKER = "certificates";
    private static final Logger log = LoggerFactory.getLogger(RegistryAdapter.class);

    private final CertificatesClient certificates;
    private final HoldersClient identity;
    private final CircuitBreaker registryBreaker;
    private final CircuitBreaker identityBreaker;
    private final JsonMapper json;
    private final Map<String, Set<String>> typeFields = new ConcurrentHashMap<>();
    private final Set<String> nationalTypes;

    RegistryAdapter(CertificatesClient certificates, HoldersClient identity, CircuitBreakerFactory<?, ?> breakers,
            JsonMapper json) {
        this(certificates, identity, breakers, json, Set.of("resident-id-card", "household-register"));
    }

    RegistryAdapter(CertificatesClient certificates, HoldersClient identity, CircuitBreakerFactory<?, ?> breakers,
            JsonMapper json, Set<String> nationalTypes) {
        this.nationalTypes = Set.copyOf(nationalTypes);
        this.certificates = certificates;
        this.identity = identity;
        this.registryBreaker = breakers.create(BREAKER);
        this.identityBreaker = breakers.create("identity-holders");
        this.json = json;
    }

    @Override
    public Outcome issue(Request r) {
        CertificatesClient.IssueBody body = new CertificatesClient.IssueBody(r.caseNumber(), r.typeCode(),
                new CertificatesClient.HolderBody(r.holderSubject(), r.holderKind(), r.holderName(), r.idHash(),
                        r.creditCode()),
                r.issuingDepartment(), r.issuingDivision(), r.fields(), r.validFrom());
        try {
            CertificatesClient.Issued issued = call(registryBreaker, () -> certificates.issue(body));
            if (issued.number() == null) {
                throw new Unavailable("the registry answered without a number", null);
            }
            return new Issued(issued.number());
        } catch (Answered refused) {
            return new Refused(problemOf(refused.failure));
        }
    }

    /** Types change with a release of the registry, so what it declared once is kept. */
    @Override
    public Set<String> fieldsOf(String typeCode) {
        Set<String> known = typeFields.get(typeCode);
        if (known != null) {
            return known;
        }
        try {
            CertificatesClient.Type type = call(registryBreaker, () -> certificates.type(typeCode));
            Set<String> names = type.fields() == null ? Set.of()
                    : type.fields().stream().map(CertificatesClient.Field::name).collect(Collectors.toUnmodifiableSet());
            typeFields.put(typeCode, names);
            return names;
        } catch (Answered unknownType) {
            // The registry will refuse the type itself, with its own problem; fill nothing.
            return Set.of();
        }
    }

    @Override
    public Shared fetchShared(String number, String department) {
        try {
            CertificatesClient.Shared s = call(registryBreaker, () -> certificates.shared(number, department));
            return new Shared(s.number(), s.typeCode(), s.status(), s.holderName(), s.holderKind(), s.fields(),
                    s.issuingDepartment(), s.issuingDivision(), s.validFrom(), s.validUntil(), s.purpose(),
                    s.sharedUntil());
        } catch (Answered refused) {
            throw new NotShared();
        }
    }

    /**
     * VALID when the registry confirms a valid certificate of the type held by the applicant; INVALID
     * when it knows the certificate but it is revoked, expired, tampered with, of another type or someone
     * else's. A number it does not know (its answer {@code unknown}, or a 400/404 for a number it cannot
     * read) is UNKNOWN for a type it issues, and NOT_THIS_REGISTRY for a national type (the resident
     * identity card, the household register) whose numbers come from the national systems: staff check
     * those. No answer (5xx, timeout, open breaker, a 401/403/408/429, a malformed body) is UNAVAILABLE.
     */
    @Override
    public ReferenceResolution resolve(String certificateNumber, String certificateType, String holderSubject) {
        ReferenceResolution notKnown = nationalTypes.contains(certificateType)
                ? ReferenceResolution.NOT_THIS_REGISTRY : ReferenceResolution.UNKNOWN;
        try {
            CertificatesClient.Holding h = call(registryBreaker,
                    () -> certificates.holding(certificateNumber, holderSubject));
            if (h.status() == null || h.held() == null) {
                return ReferenceResolution.UNAVAILABLE;
            }
            if ("unknown".equals(h.status())) {
                return notKnown;
            }
            return h.held() && "valid".equals(h.status()) && certificateType.equals(h.typeCode())
                    ? ReferenceResolution.VALID : ReferenceResolution.INVALID;
        } catch (Answered refused) {
            int status = refused.failure.status();
            if (status == 400 || status == 404) {
                // A number the registry cannot read or does not have: not one of its certificates.
                return notKnown;
            }
            return ReferenceResolution.UNAVAILABLE; // 401, 403, 408, 429, ...: the registry did not say
        } catch (Unavailable e) {
            return ReferenceResolution.UNAVAILABLE;
        }
    }

    @Override
    public Holder of(String subject) {
        HoldersClient.CreditSubject s;
        try {
            s = call(identityBreaker, () -> identity.subject(subject));
        } catch (Answered refused) {
            throw new Unavailable("identity does not know the holder (" + refused.failure.status() + ")", null);
        }
        if (s.kind() == null || s.name() == null || s.name().isBlank()) {
            throw new Unavailable("identity answered without the holder's kind or name", null);
        }
        boolean enterprise = "LEGAL_PERSON".equals(s.kind());
        if (!enterprise && (s.idNumber() == null || s.idNumber().isBlank())) {
            throw new Unavailable("identity answered a person without the identity number", null);
        }
        return new Holder(enterprise, s.name(), enterprise ? null : idHash(s.idNumber()), s.creditCode());
    }

    /** Lower-case hex SHA-256 of the upper-cased identity number (see {@link Holders.Holder}). */
    static String idHash(String idNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(idNumber.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private <T> T call(CircuitBreaker breaker, Supplier<T> call) {
        Reply<T> reply = breaker.run(() -> {
            try {
                return new Reply<>(call.get(), null);
            } catch (FeignException e) {
                if (e.status() >= 400 && e.status() < 500) {
                    // An answer, not a failure: it must not count against the breaker.
                    return new Reply<T>(null, e);
                }
                throw e;
            }
        }, failure -> {
            throw new Unavailable(failure.toString(), failure);
        });
        if (reply.refused() != null) {
            throw new Answered(reply.refused());
        }
        if (reply.value() == null) {
            throw new Unavailable("an empty answer", null);
        }
        return reply.value();
    }

    private record Reply<T>(@Nullable T value, @Nullable FeignException refused) {
    }

    private Issuance.Problem problemOf(FeignException failure) {
        try {
            JsonNode problem = json.readTree(failure.contentUTF8());
            JsonNode message = problem.path("message");
            String code = problem.path("code").asString("HTTP_" + failure.status());
            String en = message.path("en").asString(problem.path("detail").asString("Refused by the registry."));
            String zh = message.path("zh").asString("电子证照库拒绝了本次颁证。");
            JsonNode field = problem.path("field");
            return new Issuance.Problem(code, zh, en, field.isString() ? field.asString() : null);
        } catch (RuntimeException unreadable) {
            log.warn("The registry refused with an unreadable body (HTTP {})", failure.status());
            return new Issuance.Problem("HTTP_" + failure.status(), "电子证照库拒绝了本次颁证。", "Refused by the registry.",
                    null);
        }
    }

    /** A 4xx answer travelling through the breaker without counting as a failure. */
    private static final class Answered extends RuntimeException {
        private final FeignException failure;

        Answered(FeignException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}

package cn.gov.platform.intake.issuance.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The certificate an approved case is owed, as a unit of work. One per case (the case id is the
 * key), so an approval replayed from the event stream cannot ask for a second certificate, and the
 * registry's own idempotency per case number guards the call itself.
 *
 * <pre>
 * DRAFT (staff entered the data before the decision) ──approved──▶ PENDING
 * PENDING ──registry issued──▶ ISSUED                                        [final]
 * PENDING ──registry unreachable──▶ PENDING (attempts + 1, next attempt after a backoff)
 * PENDING ──registry refused the data──▶ NEEDS_DATA ──staff corrects──▶ PENDING
 * </pre>
 *
 * @param fields          the certificate's data as staff entered it (the holder's name is added
 *                        where the type names the holder)
 * @param nextAttemptAt   when the worker may try (again)
 * @param problem         the registry's last refusal, shown to staff until they correct the data
 * @param version         optimistic-locking counter
 */
public record Issuance(String caseId, long version, @Nullable String caseNumber, String itemCode, String typeCode,
        String holderSubject, String department, String division, Map<String, String> fields, State state,
        @Nullable String certificateNumber, int attempts, Instant nextAttemptAt, @Nullable Problem problem,
        Instant createdAt, Instant updatedAt) {

    /** Where the work stands. */
    public enum State { DRAFT, PENDING, NEEDS_DATA, ISSUED }

    /** Why the registry refused, in the registry's own words. */
    public record Problem(String code, String zh, String en, @Nullable String field) {
    }

    /** The longest wait between two attempts while the registry is unreachable. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    /** The field of a certificate's data that states an enterprise's unified social credit code. */
    public static final String CREDIT_CODE = "creditCode";

    public Issuance {
        fields = Map.copyOf(fields);
    }

    /** Work for a case just approved: due at once. */
    public static Issuance approved(String caseId, String caseNumber, String itemCode, String typeCode,
            String holderSubject, String department, String division, Instant at) {
        return new Issuance(caseId, 0, caseNumber, itemCode, typeCode, holderSubject, department, division, Map.of(),
                State.PENDING, null, 0, at, null, at, at);
    }

    /** Data entered while the case is still under review: kept until the approval. */
    public static Issuance draft(String caseId, String itemCode, String typeCode, String holderSubject,
            String department, String division, Map<String, String> fields, Instant at) {
        return new Issuance(caseId, 0, null, itemCode, typeCode, holderSubject, department, division,
                validFields(fields), State.DRAFT, null, 0, at, null, at, at);
    }

    /** The case was approved: a draft becomes due; anything further along stays as it is. */
    public Issuance onApproval(String number, Instant at) {
        if (state != State.DRAFT) {
            return this;
        }
        return new Issuance(caseId, version, number, itemCode, typeCode, holderSubject, department, division, fields,
                State.PENDING, null, 0, at, null, createdAt, at);
    }

    /** Staff enter or correct the data; the registry is asked again at once if the case is approved. */
    public Issuance withFields(Map<String, String> entered, Instant at) {
        if (state == State.ISSUED) {
            throw DomainViolation.conflict("CERTIFICATE_ALREADY_ISSUED", "证照已颁发：如需更正，请由颁证部门撤销后重新办理。",
                    "The certificate has been issued; to correct it the issuing department revokes it and the case is redone.");
        }
        State next = state == State.DRAFT ? State.DRAFT : State.PENDING;
        return new Issuance(caseId, version, caseNumber, itemCode, typeCode, holderSubject, department, division,
                validFields(entered), next, null, 0, at, null, createdAt, at);
    }

    public Issuance issued(String number, Instant at) {
        requirePending();
        return new Issuance(caseId, version, caseNumber, itemCode, typeCode, holderSubject, department, division, fields,
                State.ISSUED, number, attempts + 1, at, null, createdAt, at);
    }

    /** The registry refused the data: nothing will change that but staff correcting it. */
    public Issuance refused(Problem why, Instant at) {
        requirePending();
        return new Issuance(caseId, version, caseNumber, itemCode, typeCode, holderSubject, department, division, fields,
                State.NEEDS_DATA, null, attempts + 1, at, why, createdAt, at);
    }

    /** The registry (or the holder's identity) could not be reached: try again after a growing wait. */
    public Issuance postponed(Instant at) {
        requirePending();
        int tried = attempts + 1;
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(tried - 1, 16));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        return new Issuance(caseId, version, caseNumber, itemCode, typeCode, holderSubject, department, division, fields,
                State.PENDING, null, tried, at.plus(wait), problem, createdAt, at);
    }

    public boolean due(Instant now) {
        return state == State.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * The data sent to the registry: what staff entered, plus the holder's name in those of the
     * type's fields that name the holder, and an enterprise holder's credit code where the type
     * states one, where staff left them empty.
     *
     * @param typeFields the fields the certificate type declares
     */
    public Map<String, String> dataFor(String holderName, boolean enterprise, @Nullable String creditCode,
            Set<String> typeFields) {
        Map<String, String> data = new LinkedHashMap<>(fields);
        if (enterprise && creditCode != null && typeFields.contains(CREDIT_CODE)) {
            data.putIfAbsent(CREDIT_CODE, creditCode);
        }
        for (String field : new String[] {"householder", "operator", "operatorName"}) {
            if (typeFields.contains(field)) {
                data.putIfAbsent(field, holderName);
            }
        }
        if (enterprise && typeFields.contains("name")) {
            data.putIfAbsent("name", holderName);
        }
        return data;
    }

    public Issuance withVersion(long newVersion) {
        return new Issuance(caseId, newVersion, caseNumber, itemCode, typeCode, holderSubject, department, division,
                fields, state, certificateNumber, attempts, nextAttemptAt, problem, createdAt, updatedAt);
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new IllegalStateException("Issuance of case " + caseId + " is " + state + ", not PENDING");
        }
    }

    /**
     * The unified social credit code the data state (a business licence's 统一社会信用代码); for a new
     * enterprise (SCJG-003) it is the code the registration assigned, and the enterprise holds the
     * certificate (see {@code Holders.Holder#forCertificateStating}).
     */
    public @Nullable String statedCreditCode() {
        return fields.get(CREDIT_CODE);
    }

    private static Map<String, String> validFields(Map<String, String> fields) {
        if (fields.size() > 50) {
            throw DomainViolation.invalid("fields", "TOO_MANY_FIELDS", "证照数据最多 50 项。",
                    "A certificate has at most 50 fields.");
        }
        fields.forEach((name, value) -> {
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
                throw DomainViolation.invalid("fields", "INVALID_FIELD_NAME", "证照数据项名称不合法：" + name + "。",
                        "Not a valid certificate field name: " + name + ".");
            }
            if (value == null || value.isBlank() || value.length() > 500) {
                throw DomainViolation.invalid("fields." + name, "INVALID_FIELD_VALUE",
                        "证照数据项“" + name + "”不能为空且不超过 500 个字符。",
                        "Certificate field '" + name + "' must be 1 to 500 characters.");
            }
        });
        String code = fields.get(CREDIT_CODE);
        if (code != null) {
            Map<String, String> normalised = new LinkedHashMap<>(fields);
            normalised.put(CREDIT_CODE, UnifiedSocialCreditCode.parse(code, "fields." + CREDIT_CODE).value());
            return normalised;
        }
        return fields;
    }
}

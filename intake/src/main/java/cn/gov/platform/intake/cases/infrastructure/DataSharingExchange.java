package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.DataExchange;
import cn.gov.platform.intake.cases.domain.RecordFetch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * The data exchange over HTTP behind the Resilience4j breaker {@code data-sharing}: who the applicant
 * is from identity (its credit-subject answer), then the exchange's record query. Only an explicit
 * {@code FOUND} or {@code NOT_HELD} is an answer; a refusal, an error, a timeout, an open breaker, a
 * malformed body or no configured address is {@link RecordFetch.Unavailable} and the material stays
 * pending. Neither the identity number nor the record's content is logged.
 */
class DataSharingExchange implements DataExchange {

    static final String BREAKER = "data-sharing";
    private static final Logger log = LoggerFactory.getLogger(DataSharingExchange.class);

    private final @Nullable DataSharingClient client;
    private final IdentityClient identity;
    private final CircuitBreaker breaker;

    DataSharingExchange(@Nullable DataSharingClient client, IdentityClient identity,
            CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.identity = identity;
        this.breaker = breakers.create(BREAKER);
    }

    @Override
    public RecordFetch fetch(String recordCode, String department, String applicantSubject) {
        DataSharingClient exchange = client;
        if (exchange == null) {
            return new RecordFetch.Unavailable("no data-sharing exchange is configured (DATA_SHARING_URL)");
        }
        return breaker.run(() -> ask(exchange, recordCode, department, applicantSubject), failure -> {
            log.warn("Data exchange did not answer for record {}: {}", recordCode, failure.getClass().getSimpleName());
            return new RecordFetch.Unavailable(failure.getClass().getSimpleName());
        });
    }

    private RecordFetch ask(DataSharingClient exchange, String recordCode, String department, String subject) {
        IdentityClient.CreditSubject who = identity.creditSubject(subject);
        DataSharingClient.Holder holder = switch (who.kind() == null ? "" : who.kind()) {
            case "NATURAL_PERSON" -> new DataSharingClient.Holder("NATURAL_PERSON", required(who.idNumber()), null);
            case "LEGAL_PERSON" -> new DataSharingClient.Holder("LEGAL_PERSON", null, required(who.creditCode()));
            default -> throw new MalformedAnswer("identity named no kind of holder");
        };
        DataSharingClient.Answer answer = exchange.query(new DataSharingClient.Query(recordCode, department, holder));
        if (answer == null || answer.status() == null) {
            throw new MalformedAnswer("the exchange answered without a status");
        }
        String holding = answer.department() == null || answer.department().isBlank() ? department : answer.department();
        // None where the exchange names none: the case names the department as the catalogue does, never by its code.
        @Nullable String name = answer.departmentName() == null || answer.departmentName().isBlank() ? null
                : answer.departmentName();
        return switch (answer.status()) {
            case "FOUND" -> new RecordFetch.Found(required(answer.reference()), answer.summary(), holding, name);
            case "NOT_HELD" -> new RecordFetch.NotHeld(holding, name);
            default -> throw new MalformedAnswer("the exchange answered status " + answer.status());
        };
    }

    private static String required(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedAnswer("a required value is missing");
        }
        return value;
    }

    /** An answer that cannot be trusted counts as none (and against the breaker). */
    private static final class MalformedAnswer extends RuntimeException {
        MalformedAnswer(String message) {
            super(message, null, false, false);
        }
    }
}

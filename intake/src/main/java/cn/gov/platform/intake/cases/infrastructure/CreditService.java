package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CreditChecks;
import cn.gov.platform.intake.cases.domain.CreditFeedback;
import cn.gov.platform.intake.cases.domain.CreditRecord;
import feign.FeignException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/**
 * Asks the credit service behind a Resilience4j circuit breaker and time limiter. Unlike identity,
 * a check that cannot be made does not refuse the step: the answer is "unavailable", the case is
 * marked PENDING and its decision waits for a later check (issue 6). Feedback has its own breaker,
 * so a feedback record the credit service refuses cannot open the breaker that checks depend on.
 */
class CreditService implements CreditChecks {

    static final String BREAKER = "credit";
    static final String FEEDBACK_BREAKER = "credit-feedback";
    private static final Logger log = LoggerFactory.getLogger(CreditService.class);
    private static final Set<String> STANDINGS = Set.of("NO_MEASURES", "INCENTIVES", "RESTRICTIONS");

    private final CreditClient client;
    private final CircuitBreaker breaker;
    private final CircuitBreaker feedbackBreaker;
    private final Clock clock;

    CreditService(CreditClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
        this.feedbackBreaker = breakers.create(FEEDBACK_BREAKER);
        this.clock = clock;
    }

    @Override
    public Outcome check(String subject, String itemCode, String caseId, Stage stage) {
        CreditClient.CheckAnswer answer = breaker.run(
                () -> client.check(new CreditClient.CheckRequest(subject, itemCode, caseId, stage.name())),
                failure -> {
                    log.warn("Credit check for case {} could not be made ({}): marked pending", caseId, failure.toString());
                    return null;
                });
        if (answer == null) {
            return Outcome.unavailable();
        }
        if (answer.checkId() == null || answer.standing() == null || !STANDINGS.contains(answer.standing())) {
            log.warn("Credit check for case {} answered without a check id or a known standing: marked pending", caseId);
            return Outcome.unavailable();
        }
        return new Outcome(record(answer, stage));
    }

    private CreditRecord record(CreditClient.CheckAnswer answer, Stage stage) {
        List<CreditRecord.Measure> measures = new ArrayList<>();
        for (CreditClient.Incentive i : nonNull(answer.incentives())) {
            measures.add(new CreditRecord.Measure(i.measureId(), i.measureVersion(), i.kind(), null, zh(i.description())));
        }
        for (CreditClient.Restriction r : nonNull(answer.restrictions())) {
            measures.add(new CreditRecord.Measure(r.measureId(), r.measureVersion(), r.kind(), r.legalBasis(),
                    zh(r.description())));
        }
        List<CreditRecord.Entry> entries = nonNull(answer.entries()).stream().map(e -> new CreditRecord.Entry(
                e.entryId(), e.list(), e.listType(), e.issuingDepartment(), e.legalBasis())).toList();
        return new CreditRecord(answer.checkId(), stage.name(), answer.standing(), measures, entries, clock.instant());
    }

    /**
     * A 4xx other than 401/403 (this service's token or role: fixed by configuration, then the retry
     * succeeds), 408 and 429 (try later) is a refusal for good: {@link FeedbackRefused}.
     */
    @Override
    public void feedback(String caseId, @Nullable String caseNumber, CreditFeedback feedback) {
        feedbackBreaker.run(() -> {
            try {
                client.feedback(feedback.checkId(), new CreditClient.FeedbackRequest(caseId, caseNumber,
                        feedback.action(), feedback.measureIds(), feedback.note()));
            } catch (FeignException e) {
                if (refusedForGood(e.status())) {
                    throw new FeedbackRefused(e.status(), problemCode(e.contentUTF8()));
                }
                throw e;
            }
            return Boolean.TRUE;
        }, failure -> {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof FeedbackRefused refused) {
                    throw refused;
                }
            }
            throw new IllegalStateException("credit feedback not taken: " + failure, failure);
        });
    }

    static boolean refusedForGood(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]{1,64})\"");

    /** The problem's {@code code}, or {@code UNKNOWN} when the body is not one of the platform's problems. */
    static String problemCode(@Nullable String body) {
        if (body == null) {
            return "UNKNOWN";
        }
        java.util.regex.Matcher m = CODE.matcher(body);
        return m.find() ? m.group(1) : "UNKNOWN";
    }

    private static <T> List<T> nonNull(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable String zh(CreditClient.@Nullable Text text) {
        return text == null ? null : text.zh();
    }
}

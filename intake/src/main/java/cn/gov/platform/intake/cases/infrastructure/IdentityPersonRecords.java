package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.PersonRecords;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import feign.FeignException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Person records at the identity service (issue 17), behind the identity breaker. A refusal of the
 * person's data (400/422 problem) is passed on with its code, message and field; anything else that
 * keeps identity from answering is 503, never a filing for nobody and never a case shown unconfirmed.
 */
class IdentityPersonRecords implements PersonRecords {

    private static final Logger log = LoggerFactory.getLogger(IdentityPersonRecords.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Message UNAVAILABLE = Message.of("身份认证服务暂时无法确认申请人，请稍后再试。",
            "The identity service cannot confirm the applicant right now; try again shortly.");

    private final IdentityClient client;
    private final CircuitBreaker breaker;

    IdentityPersonRecords(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create(IdentityChecks.BREAKER);
    }

    @Override
    public CounterPerson atCounter(String name, String idNumber, @Nullable String phone, String clerkSubject) {
        IdentityClient.CounterPerson answer = ask(() -> client.servedAtCounter(
                new IdentityClient.CounterPersonBody(name, idNumber, phone, clerkSubject)));
        if (answer.subject() == null || answer.registered() == null) {
            throw unavailable("an answer without subject");
        }
        return new CounterPerson(answer.subject(), answer.registered());
    }

    @Override
    public List<String> recordsOf(String subject) {
        IdentityClient.RecordSubjects answer = ask(() -> client.recordsOf(subject));
        if (answer.subjects() == null) {
            throw unavailable("an answer without subjects");
        }
        return List.copyOf(answer.subjects());
    }

    private <T> T ask(Supplier<T> call) {
        Object reply = breaker.run(() -> {
            try {
                return call.get();
            } catch (FeignException e) {
                if (e.status() == 400 || e.status() == 422) {
                    return e; // an answer about the person's data, not a failure of identity
                }
                throw e;
            }
        }, failure -> {
            throw unavailable(failure.toString());
        });
        if (reply instanceof FeignException refused) {
            throw refusal(refused);
        }
        @SuppressWarnings("unchecked")
        T value = (T) reply;
        return value;
    }

    private static DomainViolation refusal(FeignException refused) {
        try {
            JsonNode problem = JSON.readTree(refused.contentUTF8());
            JsonNode field = problem.path("field");
            return new DomainViolation(refused.status() == 400 ? DomainViolation.Kind.INVALID : DomainViolation.Kind.RULE,
                    problem.path("code").asString("PERSON_REFUSED"),
                    Message.of(problem.path("message").path("zh").asString("申请人信息有误。"),
                            problem.path("message").path("en").asString("The person's data was refused.")),
                    field.isString() ? field.asString() : null, List.of());
        } catch (RuntimeException unreadable) {
            return DomainViolation.invalid("person", "PERSON_REFUSED", "申请人信息有误。", "The person's data was refused.");
        }
    }

    private static PlatformException unavailable(String why) {
        log.warn("Person records at identity unavailable, refusing: {}", why);
        return new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", UNAVAILABLE);
    }
}

package cn.gov.platform.notifications.messages.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.application.SmsGateway;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provider A takes a request and answers too late (after the 1 s timeout): it may have sent the SMS.
 * Provider B must not be asked unless A, asked again with the same idempotency key, answers that it
 * does not hold the message.
 */
class AmbiguousTimeoutIT extends NotificationsIT {

    @Autowired
    SmsGateway gateway;

    @AfterEach
    void closeTheBreakers() {
        ((FailoverSmsGateway) gateway).breakerOf("A").reset();
        ((FailoverSmsGateway) gateway).breakerOf("B").reset();
    }

    @Test
    void afterATimeoutAndAnOpenedBreakerTheSecondProviderIsNeverAskedTheMessageWaitsForTheFirst() {
        Person applicant = personWithPhone();
        PROVIDER_A.stubFor(smsTo(applicant.phone()).willReturn(okJson("{\"messageId\":\"A-late\"}").withFixedDelay(1_500)));

        String eventId = caseEvent("CaseApproved", applicant.subject(), Map.of());
        String id = Message.idOf(eventId, applicant.subject());
        awaitUncertainAtA(id);
        // A's breaker opens meanwhile (other messages failing there).
        ((FailoverSmsGateway) gateway).breakerOf("A").transitionToForcedOpenState();

        Message given = awaitMessage(eventId, applicant.subject(), MessageStatus.FAILED);

        assertThat(requestsFor(PROVIDER_B, id)).as("never through the second provider on a guess").isZero();
        assertThat(given.failure()).startsWith("GAVE_UP_");
        assertThat(given.attempts()).isEqualTo(3);
        assertThat(given.uncertainAt()).isEqualTo("A");
    }

    @Test
    void afterATimeoutTheFirstProviderIsAskedAgainWithTheSameKeyAndItsAcceptanceIsTheOnlySms() {
        Person applicant = personWithPhone();
        String scenario = "late-" + applicant.phone();
        PROVIDER_A.stubFor(smsTo(applicant.phone()).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("holds-it").willReturn(okJson("{\"messageId\":\"A-1\"}").withFixedDelay(1_500)));
        PROVIDER_A.stubFor(smsTo(applicant.phone()).inScenario(scenario).whenScenarioStateIs("holds-it")
                .willReturn(okJson("{\"messageId\":\"A-1\"}")));

        String eventId = caseEvent("CaseApproved", applicant.subject(), Map.of());
        Message sent = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(sent.provider()).isEqualTo("A");
        assertThat(sent.uncertainAt()).isNull();
        assertThat(requestsFor(PROVIDER_A, sent.id())).isEqualTo(2);
        assertThat(requestsFor(PROVIDER_B, sent.id())).isZero();
    }

    @Test
    void whenTheFirstProviderAnswersTheRepeatedRequestWithoutTakingItTheSecondSendsIt() {
        Person applicant = personWithPhone();
        String scenario = "lost-" + applicant.phone();
        PROVIDER_A.stubFor(smsTo(applicant.phone()).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("failing").willReturn(okJson("{\"messageId\":\"A-x\"}").withFixedDelay(1_500)));
        PROVIDER_A.stubFor(smsTo(applicant.phone()).inScenario(scenario).whenScenarioStateIs("failing")
                .willReturn(providerError(503, "BUSY")));

        String eventId = caseEvent("CaseApproved", applicant.subject(), Map.of());
        Message sent = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(sent.provider()).isEqualTo("B");
        assertThat(requestsFor(PROVIDER_A, sent.id())).isEqualTo(2);
        assertThat(requestsFor(PROVIDER_B, sent.id())).isEqualTo(1);
    }

    /** The first attempt timed out at A (WireMock journals a request only once it answered, so ask the store). */
    private void awaitUncertainAtA(String messageId) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!messages.find(messageId).map(m -> "A".equals(m.uncertainAt())).orElse(false)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("message " + messageId + " never timed out at provider A");
            }
            sleep(10);
        }
    }
}

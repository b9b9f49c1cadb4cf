package cn.gov.platform.notifications.messages;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 7's "done when", against WireMock providers and identity, events through the real stream. */
class DeliveryIT extends NotificationsIT {

    @Test
    void aCaseEventDeliveredTwiceSendsExactlyOneSmsAndOneInboxMessage() {
        Person applicant = personWithPhone();
        String eventId = caseEvent("CaseAccepted", applicant.subject(), Map.of());
        // The relay publishes at least once: the same event a second time, as a new stream entry.
        Map<String, String> again = new LinkedHashMap<>(redis.opsForStream().range(CASE_EVENTS,
                org.springframework.data.domain.Range.unbounded()).stream()
                .filter(r -> eventId.equals(r.getValue().get("eventId"))).findFirst().orElseThrow().getValue()
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()),
                        e -> String.valueOf(e.getValue()))));
        publish(CASE_EVENTS, again);

        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        sleep(1_000); // room for a wrong second send

        assertThat(requestsFor(m.id())).isEqualTo(1);
        assertThat(m.templateCode()).isEqualTo("case-accepted");
        assertThat(m.text()).contains(m.caseRef()).startsWith("【同心县政务服务】");
        Api.Reply inbox = api().get("/api/notifications/inbox", tokenOf(applicant));
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.json().get("messages")).hasSize(1);
        assertThat(inbox.json().get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void aHandedOverCaseTellsTheApplicantWhichDepartmentHasItNowAndHowToReachIt() {
        Person applicant = personWithPhone();
        String eventId = caseEvent("CaseHandedOver", applicant.subject(), Map.of("division", "640324100000",
                "department", "yuhai-town-service-center", "payload", """
                        {"fromDepartmentName":"同心县市场监督管理局","toDivisionName":"豫海镇",\
                        "toDepartmentName":"豫海镇便民服务中心","address":"豫海镇便民服务中心一楼综合窗口",\
                        "contact":"0953-8010000"}"""));

        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(m.templateCode()).isEqualTo("case-handed-over");
        assertThat(m.text()).isEqualTo("【同心县政务服务】您的申请（" + m.caseRef()
                + "）已转交豫海镇豫海镇便民服务中心办理，地址：豫海镇便民服务中心一楼综合窗口，电话：0953-8010000。");
        var toApplicant = postRequestedFor(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to",
                equalTo(applicant.phone())));
        assertThat(PROVIDER_A.findAll(toApplicant).size() + PROVIDER_B.findAll(toApplicant).size()).isEqualTo(1);
        Api.Reply inbox = api().get("/api/notifications/inbox", tokenOf(applicant));
        assertThat(inbox.json().get("messages").get(0).get("text").asString()).contains("豫海镇便民服务中心办理",
                "0953-8010000");
    }

    @Test
    void anAgentsFilingTellsThePrincipal() {
        Person principal = personWithPhone();
        Person agent = personWithPhone();
        String eventId = caseEvent("AgentFiled", principal.subject(), Map.of("agentSubject", agent.subject()));

        Message m = awaitMessage(eventId, principal.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(m.templateCode()).isEqualTo("agent-filed");
        var toPrincipal = postRequestedFor(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to", equalTo(principal.phone())));
        assertThat(PROVIDER_A.findAll(toPrincipal).size() + PROVIDER_B.findAll(toPrincipal).size())
                .isEqualTo(1);
        assertThat(messages.find(Message.idOf(eventId, agent.subject()))).as("the agent gets nothing while the principal is reached").isEmpty();
    }

    @Test
    void providerAFailingSwitchesToB() {
        Person applicant = personWithPhone();
        PROVIDER_A.stubFor(smsTo(applicant.phone()).willReturn(providerError(503, "BUSY")));

        String eventId = caseEvent("CaseApproved", applicant.subject(), Map.of());
        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(m.provider()).isEqualTo("B");
        assertThat(requestsFor(PROVIDER_B, m.id())).isEqualTo(1);
        assertThat(requestsFor(PROVIDER_A, m.id())).isLessThanOrEqualTo(1); // 0 if A's breaker was already open
        assertThat(m.attempts()).isEqualTo(1);
    }

    @Test
    void anInvalidNumberIsPermanentNeverRetriedAndTheAgentOfTheCaseIsTold() {
        Person principal = personWithPhone();
        Person agent = personWithPhone();
        PROVIDER_A.stubFor(smsTo(principal.phone()).willReturn(providerError(400, "INVALID_NUMBER")));
        PROVIDER_B.stubFor(smsTo(principal.phone()).willReturn(providerError(400, "INVALID_NUMBER")));

        String eventId = caseEvent("SupplementRequested", principal.subject(), Map.of("agentSubject", agent.subject()));
        Message failed = awaitMessage(eventId, principal.subject(), MessageStatus.FAILED);
        Message toAgent = awaitMessage(eventId, agent.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        sleep(1_000);

        assertThat(failed.failure()).isEqualTo("INVALID_NUMBER");
        assertThat(requestsFor(failed.id())).as("no retry, no failover for a permanent failure").isEqualTo(1);
        assertThat(toAgent.templateCode()).isEqualTo("principal-unreachable");
        assertThat(toAgent.fallbackFor()).isEqualTo(failed.id());
        assertThat(toAgent.text()).contains(failed.caseRef());
        // The principal's inbox still holds the message.
        assertThat(api().get("/api/notifications/inbox", tokenOf(principal)).json().get("messages")).hasSize(1);
    }

    @Test
    void aTransientFailureOfBothProvidersIsRetriedWithBackoffAndSentOnce() {
        Person applicant = personWithPhone();
        for (var p : new com.github.tomakehurst.wiremock.WireMockServer[] { PROVIDER_A, PROVIDER_B }) {
            p.stubFor(smsTo(applicant.phone()).inScenario("flaky-" + applicant.phone()).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(providerError(500, "INTERNAL")).willSetStateTo("ok"));
            p.stubFor(smsTo(applicant.phone()).inScenario("flaky-" + applicant.phone()).whenScenarioStateIs("ok")
                    .willReturn(okJson("{\"messageId\":\"later\"}")));
        }

        String eventId = caseEvent("CaseRejected", applicant.subject(), Map.of());
        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(m.attempts()).as("one failed round, then sent").isEqualTo(2);
        assertThat(m.failure()).isNull();
        assertThat(m.updatedAt()).isAfterOrEqualTo(m.createdAt().plusMillis(300));
    }

    @Test
    void withoutAPhoneNumberTheInboxIsAllThePersonGets() {
        Person applicant = personWithoutPhone();
        String eventId = caseEvent("CaseAccepted", applicant.subject(), Map.of());

        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.INBOX_ONLY);

        assertThat(m.failure()).isEqualTo("NO_PHONE");
        assertThat(requestsFor(m.id())).isZero();
        assertThat(api().get("/api/notifications/inbox", tokenOf(applicant)).json().get("messages")).hasSize(1);
    }

    @Test
    void aRecipientOverThePerNumberCapGetsTheMessageLaterNotTwice() {
        Person applicant = personWithPhone();
        String first = caseEvent("CaseAccepted", applicant.subject(), Map.of());
        awaitMessage(first, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        String second = caseEvent("CaseUnderReview", applicant.subject(), Map.of());

        // The cap here is 1 per 3 s: the second waits, is deferred (not dropped), then goes once.
        Instant queuedAt = Instant.now();
        Message sent = awaitMessage(second, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        sleep(500);

        assertThat(sent.deferrals()).isGreaterThanOrEqualTo(1);
        assertThat(requestsFor(sent.id())).isEqualTo(1);
        assertThat(requestsFor(Message.idOf(first, applicant.subject()))).isEqualTo(1);
        assertThat(Duration.between(queuedAt, sent.updatedAt()).toMillis()).isGreaterThan(1_000);
    }

    @Test
    void messagesWaitingForOneNumberAreWokenOnceEachAndGoOneCapApart() {
        Person applicant = personWithPhone();
        String first = caseEvent("CaseAccepted", applicant.subject(), Map.of());
        awaitMessage(first, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        String second = caseEvent("CaseUnderReview", applicant.subject(), Map.of());
        String third = caseEvent("CaseApproved", applicant.subject(), Map.of());

        // The cap here is 1 per 3 s. Each waiting message holds a place of its own: one deferral
        // each, not one per wake-up of everyone waiting.
        Message two = awaitMessage(second, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        Message three = awaitMessage(third, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        assertThat(List.of(two.deferrals(), three.deferrals())).containsExactly(1, 1);
        var toApplicant = postRequestedFor(urlEqualTo("/v1/sms")).withRequestBody(matchingJsonPath("$.to",
                equalTo(applicant.phone())));
        List<Instant> sent = java.util.stream.Stream.concat(PROVIDER_A.findAll(toApplicant).stream(),
                PROVIDER_B.findAll(toApplicant).stream()).map(r -> r.getLoggedDate().toInstant()).sorted().toList();
        assertThat(sent).hasSize(3);
        assertThat(Duration.between(sent.get(0), sent.get(1)).toMillis()).isGreaterThanOrEqualTo(2_500);
        assertThat(Duration.between(sent.get(1), sent.get(2)).toMillis()).isGreaterThanOrEqualTo(2_500);
    }
}

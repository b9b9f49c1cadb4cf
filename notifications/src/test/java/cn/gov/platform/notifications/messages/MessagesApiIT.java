package cn.gov.platform.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.NotificationsIT;
import cn.gov.platform.notifications.messages.application.ReceiptSignatures;
import cn.gov.platform.notifications.messages.domain.Message;
import cn.gov.platform.notifications.messages.domain.MessageStatus;
import cn.gov.platform.testkit.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Receipts, the status API's authorisation, the inbox and template administration. */
class MessagesApiIT extends NotificationsIT {

    private Api.Reply receipt(String provider, String body, String signature) {
        return api().send("POST", "/api/notifications/receipts/" + provider, null, body,
                Map.of("Content-Type", "application/json", "X-Signature", signature));
    }

    @Test
    void aSignedReceiptMovesSentToDeliveredAndABadSignatureChangesNothing() {
        Person applicant = personWithPhone();
        PROVIDER_B.stubFor(smsTo(applicant.phone()).willReturn(providerError(503, "DOWN"))); // keep it on A
        String eventId = caseEvent("CaseClosed", applicant.subject(), Map.of());
        Message sent = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT);
        String body = "{\"clientRef\":\"" + sent.id() + "\",\"messageId\":\"" + sent.providerMessageId() + "\",\"status\":\"DELIVERED\"}";

        Api.Reply forged = receipt(sent.provider(), body, "sha256=" + ReceiptSignatures.hmacHex("guess", body));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.isProblem()).isTrue();
        assertThat(messages.find(sent.id()).orElseThrow().status()).isEqualTo(MessageStatus.SENT);

        if ("A".equals(sent.provider())) {
            Api.Reply ok = receipt("A", body, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, body));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(messages.find(sent.id()).orElseThrow().status()).isEqualTo(MessageStatus.DELIVERED);
            assertThat(receipt("A", body, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, body)).status())
                    .as("a repeated receipt is harmless").isEqualTo(200);
            String failedBody = body.replace("DELIVERED", "FAILED");
            assertThat(receipt("A", failedBody, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, failedBody)).status())
                    .as("a delivered message cannot fail afterwards").isEqualTo(409);
        }
        String unknown = "{\"clientRef\":\"nope:nobody\",\"status\":\"DELIVERED\"}";
        assertThat(receipt("A", unknown, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, unknown)).status()).isEqualTo(404);
        String bad = "{\"clientRef\":\"" + sent.id() + "\",\"status\":\"READ\"}";
        assertThat(receipt("A", bad, "sha256=" + ReceiptSignatures.hmacHex(SECRET_A, bad)).status()).isEqualTo(400);
    }

    @Test
    void theRecipientSeesTheTextStaffOfTheDivisionSeeTheStatusOthersSeeNothing() {
        Person applicant = personWithPhone();
        Person stranger = personWithPhone();
        String eventId = caseEvent("CaseAccepted", applicant.subject(), Map.of());
        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);

        Api.Reply mine = api().get("/api/notifications/messages/" + m.id(), tokenOf(applicant));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("text").asString()).isEqualTo(m.text());
        assertThat(mine.json().get("status").asString()).isIn("SENT", "DELIVERED");

        Api.Reply clerk = api().get("/api/notifications/events/" + eventId + "/messages",
                issuer().staffToken("demo-clerk", "640324", "market", "clerk"));
        assertThat(clerk.status()).isEqualTo(200);
        assertThat(clerk.json().get("messages")).hasSize(1);
        assertThat(clerk.json().get("messages").get(0).has("text")).isFalse();

        assertThat(api().get("/api/notifications/messages/" + m.id(), tokenOf(stranger)).status()).isEqualTo(404);
        assertThat(api().get("/api/notifications/events/" + eventId + "/messages",
                issuer().staffToken("other-clerk", "640302", "market", "clerk")).status()).isEqualTo(404);
        assertThat(api().get("/api/notifications/messages/" + m.id(), null).status()).isEqualTo(401);
        assertThat(api().get("/api/notifications/messages/" + m.id(), issuer().token("demo-admin", "admin")).status())
                .isEqualTo(200);
    }

    @Test
    void supervisorsSeeMessagesOfTheirOwnSubtreeOnly() {
        Person villager = personWithPhone();
        Person countyApplicant = personWithPhone();
        String village = caseEvent("CaseAccepted", villager.subject(), Map.of("division", "640324100201"));
        String county = caseEvent("CaseAccepted", countyApplicant.subject(), Map.of("division", "640324000000"));
        Message inVillage = awaitMessage(village, villager.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        Message inCounty = awaitMessage(county, countyApplicant.subject(), MessageStatus.SENT, MessageStatus.DELIVERED);
        String countySupervisor = issuer().staffToken("demo-supervisor", "640324000000", "county-supervision", "supervisor");
        String yuhaiSupervisor = issuer().staffToken("demo-township-supervisor", "640324100000", "yuhai-town-supervision",
                "supervisor");
        String weizhouSupervisor = issuer().staffToken("weizhou-supervisor", "640324102000", "weizhou-town-supervision",
                "supervisor");

        assertThat(api().get("/api/notifications/messages/" + inVillage.id(), countySupervisor).status()).isEqualTo(200);
        assertThat(api().get("/api/notifications/messages/" + inCounty.id(), countySupervisor).status()).isEqualTo(200);
        Api.Reply own = api().get("/api/notifications/messages/" + inVillage.id(), yuhaiSupervisor);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().has("text")).as("supervisors see the status, not the words").isFalse();
        for (String outside : new String[] {"/api/notifications/messages/" + inCounty.id(),
                "/api/notifications/events/" + county + "/messages"}) {
            Api.Reply seen = api().get(outside, yuhaiSupervisor);
            assertThat(seen.status()).as("a township's supervisor on a county message").isEqualTo(404);
            assertThat(seen.json().get("code").asString()).isEqualTo("MESSAGE_NOT_FOUND");
        }
        assertThat(api().get("/api/notifications/messages/" + inVillage.id(), weizhouSupervisor).status()).isEqualTo(404);
    }

    @Test
    void theInboxCountsUnreadAndOnlyItsOwnerMarksAMessageRead() {
        Person applicant = personWithoutPhone();
        Person other = personWithoutPhone();
        String eventId = caseEvent("CaseAccepted", applicant.subject(), Map.of());
        Message m = awaitMessage(eventId, applicant.subject(), MessageStatus.INBOX_ONLY);

        assertThat(api().get("/api/notifications/inbox/unread-count", tokenOf(applicant)).json().get("unread").asLong()).isEqualTo(1);
        assertThat(api().post("/api/notifications/inbox/" + m.id() + "/read", tokenOf(other), "").status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/inbox/" + m.id() + "/read", tokenOf(applicant), "").status()).isEqualTo(204);
        assertThat(api().post("/api/notifications/inbox/" + m.id() + "/read", tokenOf(applicant), "").status()).isEqualTo(204);
        Api.Reply inbox = api().get("/api/notifications/inbox", tokenOf(applicant));
        assertThat(inbox.json().get("unread").asLong()).isZero();
        assertThat(inbox.json().get("messages").get(0).get("read").asBoolean()).isTrue();
        assertThat(api().get("/api/notifications/inbox?unreadOnly=true", tokenOf(applicant)).json().get("messages")).isEmpty();
    }

    @Test
    void aDeadlineWarningReachesTheStaffMembersInboxAndPhoneInTheWordsOfItsLight() {
        Person handler = personWithPhone();
        PROVIDER_A.stubFor(smsTo(handler.phone()).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                "{\"messageId\":\"p-1\"}")));
        String yellow = caseEvent("DeadlineWarning", "applicant-x", Map.of("recipientSubject", handler.subject(),
                "caseNumber", "640324-2026-0000077", "payload", "{\"kind\":\"STEP\",\"itemId\":\"c-77/step/0\","
                        + "\"light\":\"YELLOW\",\"dueOn\":\"2026-03-06\",\"itemName\":\"食品经营许可\","
                        + "\"step\":\"HANDLER\",\"audience\":\"HOLDER\"}"));
        String red = caseEvent("DeadlineWarning", "applicant-x", Map.of("recipientSubject", handler.subject(),
                "caseNumber", "640324-2026-0000077", "payload", "{\"kind\":\"STEP\",\"itemId\":\"c-77/step/0\","
                        + "\"light\":\"RED\",\"dueOn\":\"2026-03-06\",\"itemName\":\"食品经营许可\","
                        + "\"step\":\"HANDLER\",\"audience\":\"HOLDER\"}"));

        Message y = awaitMessage(yellow, handler.subject(), MessageStatus.QUEUED, MessageStatus.SENT,
                MessageStatus.DELIVERED);
        Message r = awaitMessage(red, handler.subject(), MessageStatus.QUEUED, MessageStatus.SENT,
                MessageStatus.DELIVERED);
        assertThat(y.text()).isEqualTo("【同心县政务服务】办件承办环节“食品经营许可”（640324-2026-0000077）将于 2026-03-06 到期，请及时办理。");
        assertThat(r.text()).isEqualTo("【同心县政务服务】办件承办环节“食品经营许可”（640324-2026-0000077）已超过办理期限 2026-03-06，请立即办理。");
        assertThat(messages.find(Message.idOf(red, "applicant-x"))).as("the applicant is not told of a staff warning")
                .isEmpty();
        Api.Reply inbox = api().get("/api/notifications/inbox", issuer().token(handler.username(), "clerk"));
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("将于 2026-03-06 到期", "已超过办理期限 2026-03-06");
    }

    @Test
    void templatesAreForAdministratorsAndBadWordingIsRefusedWithTheField() {
        String admin = issuer().token("demo-admin", "admin");
        assertThat(api().get("/api/notifications/templates", issuer().token("demo-citizen", "citizen")).status()).isEqualTo(403);
        Api.Reply all = api().get("/api/notifications/templates", admin);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("\"code\":\"case-accepted\"", "\"code\":\"agent-filed\"", "\"code\":\"deadline-warning\"");

        Api.Reply malformed = api().post("/api/notifications/templates/case-accepted/versions", admin, "{\"text\":\"编号 {case ref}\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("TEMPLATE_TEXT_MALFORMED");
        Api.Reply empty = api().post("/api/notifications/templates/case-accepted/versions", admin, "{\"text\":\"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(api().post("/api/notifications/templates/no-such/versions", admin, "{\"text\":\"x\"}").status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/templates/case-accepted/versions/99/approval", admin, "").status()).isEqualTo(404);
        assertThat(api().post("/api/notifications/templates/case-accepted/versions/1/approval", admin, "").status()).isEqualTo(409);
    }
}

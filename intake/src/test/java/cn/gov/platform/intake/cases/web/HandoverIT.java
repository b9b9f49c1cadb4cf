package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * First-contact handover (首问负责, INT-7) over HTTP: the county's clerk hands a food-business case that
 * Yuhai town's service centre handles over to it instead of refusing it; Yuhai's clerk finds it in the
 * queue and accepts it; the county no longer sees it; the applicant and the agent who filed see where
 * it went; the applicant is told by an event.
 */
class HandoverIT extends IntakeIT {

    static final String YUHAI_CENTER = "yuhai-town-service-center";
    static final String NOTE = "经营场所在豫海镇，由镇便民服务中心受理";

    @Autowired
    StringRedisTemplate redis;

    private String townClerk() {
        return issuer().staffToken("demo-township-clerk", YUHAI, YUHAI_CENTER, "clerk");
    }

    private String otherTownClerk() {
        return issuer().staffToken("dingtang-clerk", "640324101000", "dingtang-town-service-center", "clerk");
    }

    /** An SCJG-001 case filed at the county by the village agent for a villager, submitted. */
    private String submittedAtCounty(String agent, String villager) {
        mandate(agent, villager, "SCJG-001");
        String token = issuer().token(agent, "agent");
        Api.Reply drafted = file(token, """
                {"itemCode":"SCJG-001","division":"%s","principalSubject":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}"""
                .formatted(COUNTY, TestIssuer.subjectOf(villager)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        for (String m : List.of("application-form", "premises-proof", "photo")) {
            upload(token, id, m, m + ".pdf", "application/pdf", pdf(1024));
        }
        assertThat(act(token, id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    private Api.Reply handOver(String token, String id, String body, String key) {
        return api().send("POST", "/api/intake/cases/" + id + "/handover", token, body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    private static String toYuhai(String note) {
        return "{\"division\":\"%s\",\"department\":\"%s\",\"note\":\"%s\"}".formatted(YUHAI, YUHAI_CENTER, note);
    }

    private List<Map<Object, Object>> events(String caseId) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> caseId.equals(v.get("caseId"))).toList();
    }

    @Test
    void theCountyClerkHandsACaseToYuhaiWhoseClerkAcceptsItWhileTheCountyNoLongerSeesIt() {
        String id = submittedAtCounty("demo-agent", "handover-villager");
        String key = "handover-" + UUID.randomUUID();

        Api.Reply handed = handOver(clerk(), id, toYuhai(NOTE), key);

        assertThat(handed.status()).as(handed.body()).isEqualTo(200);
        JsonNode view = handed.json();
        assertThat(view.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(view.get("division").asString()).isEqualTo(YUHAI);
        assertThat(view.get("department").asString()).isEqualTo(YUHAI_CENTER);
        assertThat(view.get("departmentName").asString()).isEqualTo("豫海镇便民服务中心");
        JsonNode handover = view.get("handovers").get(0);
        assertThat(handover.get("fromDepartmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(handover.get("fromDepartment").asString()).isEqualTo("county-market-regulation");
        assertThat(handover.get("toDivisionName").asString()).isEqualTo("豫海镇");
        assertThat(handover.get("address").asString()).isEqualTo("豫海镇便民服务中心一楼综合窗口");
        assertThat(handover.get("contact").asString()).isEqualTo("0953-8010000");
        assertThat(handover.get("actor").asString()).isEqualTo("demo-clerk");

        Api.Reply retried = handOver(clerk(), id, toYuhai(NOTE), key);
        assertThat(retried.status()).as("a retry of the same request").isEqualTo(200);
        assertThat(retried.json().get("handovers")).hasSize(1);
        assertThat(retried.json().get("history").findValuesAsString("note")).filteredOn(n -> n.startsWith("转交至"))
                .hasSize(1);
        Api.Reply keyReused = handOver(clerk(), id, "{\"division\":\"%s\",\"department\":\"%s\",\"note\":\"换一处\"}"
                .formatted(COUNTY, MARKET), key);
        assertThat(keyReused.status()).isEqualTo(422);
        assertThat(keyReused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        Api.Reply again = handOver(clerk(), id, toYuhai("再转一次"), "handover-" + UUID.randomUUID());
        assertThat(again.status()).as("the county no longer holds it").isEqualTo(404);
        assertThat(again.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        assertThat(api().get("/api/intake/cases/" + id, clerk()).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/workbench/cases", clerk()).body()).doesNotContain(id);
        assertThat(api().get("/api/intake/cases/" + id, otherTownClerk()).status()).isEqualTo(404);

        assertThat(api().get("/api/intake/workbench/cases?state=SUBMITTED", townClerk()).json().get("items")
                .findValuesAsString("id")).contains(id);
        Api.Reply accepted = act(townClerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("number").asString()).isNotBlank();
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"同意\"}").status())
                .isEqualTo(404);
    }

    @Test
    void theApplicantAndTheAgentSeeTheNewDepartmentAndTheHandoverInTheHistoryAndAreToldByAnEvent() {
        String id = submittedAtCounty("demo-agent", "handover-villager-2");
        assertThat(handOver(clerk(), id, toYuhai(NOTE), "handover-" + UUID.randomUUID()).status()).isEqualTo(200);

        for (String token : List.of(issuer().token("handover-villager-2", "citizen"),
                issuer().token("demo-agent", "agent"))) {
            JsonNode seen = api().get("/api/intake/cases/" + id, token).json();
            assertThat(seen.get("departmentName").asString()).isEqualTo("豫海镇便民服务中心");
            assertThat(seen.get("history").findValuesAsString("note")).contains("转交至 豫海镇豫海镇便民服务中心：" + NOTE);
            assertThat(seen.get("history").findValues("noteText")).extracting(t -> t.get("en").asString())
                    .contains("Handed over to 豫海镇 豫海镇便民服务中心: " + NOTE);
            assertThat(seen.get("handovers").get(0).get("address").asString()).isEqualTo("豫海镇便民服务中心一楼综合窗口");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events(id)).extracting(e -> e.get("type")).contains("CaseHandedOver"));
        Map<Object, Object> told = events(id).stream().filter(e -> "CaseHandedOver".equals(e.get("type"))).findFirst()
                .orElseThrow();
        assertThat(told).containsEntry("division", YUHAI).containsEntry("department", YUHAI_CENTER)
                .containsEntry("applicantSubject", TestIssuer.subjectOf("handover-villager-2"));
        assertThat(String.valueOf(told.get("payload"))).contains("\"toDepartmentName\":\"豫海镇便民服务中心\"",
                "\"address\":\"豫海镇便民服务中心一楼综合窗口\"", "\"contact\":\"0953-8010000\"",
                "\"fromDepartmentName\":\"同心县市场监督管理局\"", "\"toDivisionName\":\"豫海镇\"");
    }

    @Test
    void aHandoverToAPlaceThatDoesNotHandleTheItemIsBadInputAndChangesNothing() {
        String id = submittedAtCounty("demo-agent", "handover-villager-3");

        Api.Reply unknown = handOver(clerk(), id, "{\"division\":\"%s\",\"department\":\"county-health\",\"note\":\"%s\"}"
                .formatted(COUNTY, NOTE), "handover-" + UUID.randomUUID());
        Api.Reply wrongDivision = handOver(clerk(), id, "{\"division\":\"640324101000\",\"department\":\"%s\",\"note\":\"%s\"}"
                .formatted(YUHAI_CENTER, NOTE), "handover-" + UUID.randomUUID());
        Api.Reply itself = handOver(clerk(), id, "{\"division\":\"%s\",\"department\":\"%s\",\"note\":\"%s\"}"
                .formatted(COUNTY, MARKET, NOTE), "handover-" + UUID.randomUUID());
        Api.Reply noNote = handOver(clerk(), id, toYuhai(" "), "handover-" + UUID.randomUUID());
        Api.Reply badKey = handOver(clerk(), id, toYuhai(NOTE), "short");

        for (Api.Reply r : List.of(unknown, wrongDivision)) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.json().get("code").asString()).isEqualTo("HANDOVER_TARGET_UNKNOWN");
            assertThat(r.json().get("field").asString()).isEqualTo("department");
        }
        assertThat(itself.status()).isEqualTo(422);
        assertThat(itself.json().get("code").asString()).isEqualTo("HANDOVER_TO_SAME_DEPARTMENT");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("note");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().get("code").asString()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        JsonNode still = api().get("/api/intake/cases/" + id, clerk()).json();
        assertThat(still.get("department").asString()).isEqualTo(MARKET);
        assertThat(still.get("handovers")).isEmpty();
    }

    @Test
    void onlyTheHandlerOfTheDepartmentHoldingTheCaseHandsItOver() {
        String id = submittedAtCounty("demo-agent", "handover-villager-4");

        assertThat(handOver(otherTownClerk(), id, toYuhai(NOTE), "handover-" + UUID.randomUUID()).status())
                .as("another township's clerk").isEqualTo(404);
        assertThat(handOver(townClerk(), id, toYuhai(NOTE), "handover-" + UUID.randomUUID()).status())
                .as("the receiving clerk cannot take it themselves").isEqualTo(404);
        assertThat(handOver(issuer().token("handover-villager-4", "citizen"), id, toYuhai(NOTE),
                "handover-" + UUID.randomUUID()).status()).as("the applicant").isEqualTo(404);
        Api.Reply byReviewer = handOver(reviewer(), id, toYuhai(NOTE), "handover-" + UUID.randomUUID());
        assertThat(byReviewer.status()).isEqualTo(422);
        assertThat(byReviewer.json().get("code").asString()).isEqualTo("STAFF_ROLE_REQUIRED");

        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);
        Api.Reply afterAcceptance = handOver(clerk(), id, toYuhai(NOTE), "handover-" + UUID.randomUUID());
        assertThat(afterAcceptance.status()).as("accepted: the county finishes it").isEqualTo(409);
        assertThat(afterAcceptance.json().get("code").asString()).isEqualTo("INVALID_TRANSITION");
    }
}

package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The "done when", through the HTTP API: from finding an item to a closed case. */
class CaseLifecycleIT extends IntakeIT {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aCitizenFindsAnItemGetsOneNoticeSupplementsIsAcceptedAndTheChainDecides() {
        // Finds the item without logging in.
        Api.Reply found = api().get("/api/intake/catalogue/items?q=%E9%A3%9F%E5%93%81", null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("SCJG-002");

        // Drafts it, naming two e-certificates instead of uploading copies (CAT-3).
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-000123"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(drafted.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.header("Location")).endsWith("/api/intake/cases/" + id);

        Api.Reply uploaded = upload(citizen(), id, "premises-layout", "layout.pdf", "application/pdf", pdf(2048));
        assertThat(uploaded.status()).isEqualTo(200);
        JsonNode layout = material(uploaded.json(), "premises-layout");
        assertThat(layout.get("sha256").asString()).hasSize(64);
        assertThat(layout.get("size").asLong()).isEqualTo(2048);
        // The registry confirms the licence; the identity card is the national system's, checked by staff.
        assertThat(material(uploaded.json(), "business-licence").get("check").asString()).isEqualTo("checked");
        assertThat(material(uploaded.json(), "id-card").get("check").asString()).isEqualTo("staffCheck");
        assertThat(material(uploaded.json(), "id-card").get("resolved").asBoolean()).isFalse();

        Api.Reply submitted = act(citizen(), id, "submit", "{}");
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");

        // One notice listing everything missing, and the layout the clerk found wanting without saying more.
        Api.Reply notice = act(clerk(), id, "supplement-request", """
                {"note":"请一次性补齐以下材料","defects":[{"materialCode":"premises-layout"}]}""");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        JsonNode defects = notice.json().get("notices").get(0).get("defects");
        assertThat(codes(defects)).containsExactlyInAnyOrder("safety-rules", "equipment-list", "premises-layout");
        assertThat(defects.valueStream().filter(d -> d.get("materialCode").asString().equals("premises-layout"))
                .map(d -> d.get("explanation").asString()))
                .containsExactly("不符合要求，请按办事指南重新提交 | not as required: hand it in again as the guide describes");
        Api.Reply again = act(clerk(), id, "supplement-request", "{\"note\":\"再补\"}");
        assertThat(again.status()).as("nothing may be asked for again").isEqualTo(409);

        upload(citizen(), id, "safety-rules", "rules.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "equipment-list", "equipment.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "premises-layout", "layout-2.pdf", "application/pdf", pdf(2048));
        assertThat(act(citizen(), id, "resubmit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("number").asString()).matches("640324-\\d{4}-\\d{7}");
        assertThat(accepted.json().get("deadline").get("promisedDue").asString()).isNotBlank();
        assertThat(accepted.json().get("deadline").get("promisedDays").asInt()).isEqualTo(10);
        assertThat(accepted.json().get("awaitedRole").asString()).isEqualTo("HANDLER");

        assertThat(act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予\"}").status())
                .as("the approver's turn has not come").isEqualTo(409);
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全，符合条件\"}")
                .json().get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}").status())
                .isEqualTo(200);
        Api.Reply approved = act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予许可\"}");
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        JsonNode decision = approved.json().get("decision");
        assertThat(decision.get("handler").asString()).isEqualTo("demo-clerk");
        assertThat(decision.get("reviewer").asString()).isEqualTo("demo-reviewer");
        assertThat(decision.get("approver").asString()).isEqualTo("demo-approver");
        assertThat(decision.get("onTime").asBoolean()).isTrue();

        Api.Reply closed = act(clerk(), id, "close", "{}");
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("history").findValuesAsString("role"))
                .contains("APPLICANT", "HANDLER", "REVIEWER", "APPROVER");
        assertThat(closed.body()).doesNotContain("applicantSubject");

        // The applicant sees it among their own cases.
        assertThat(api().get("/api/intake/cases", citizen()).body()).contains(id);

        // Every step went to the stream, with the contract's fields and no personal numbers.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(events(id)).extracting(e -> e.get("type")).containsSubsequence("CaseSubmitted",
                        "SupplementRequested", "CaseResubmitted", "CaseAccepted", "CaseUnderReview", "CaseApproved",
                        "CaseClosed"));
        Map<String, String> acceptedEvent = events(id).stream().filter(e -> e.get("type").equals("CaseAccepted"))
                .findFirst().orElseThrow();
        assertThat(acceptedEvent).containsKeys("eventId", "caseNumber", "itemCode", "applicantSubject", "division",
                "department", "occurredAt", "payload");
        assertThat(acceptedEvent.get("division")).isEqualTo(COUNTY);
        assertThat(acceptedEvent.get("payload")).contains("promisedDue");
        assertThat(events(id).stream().map(Map::values).flatMap(java.util.Collection::stream))
                .noneMatch(v -> v.matches(".*\\d{17}[0-9Xx].*") || v.matches(".*1[3-9]\\d{9}.*"));
    }

    @Test
    void othersLearnNothingAboutACase() {
        String id = submittedFoodCase();
        String otherCitizen = issuer().token("demo-citizen2", "citizen");
        String townshipClerk = issuer().staffToken("demo-township-clerk", YUHAI, "yuhai-town-service-center", "clerk");
        String otherDepartment = issuer().staffToken("civil-clerk", COUNTY, "county-civil-affairs", "clerk");

        for (String token : List.of(otherCitizen, townshipClerk, otherDepartment)) {
            Api.Reply seen = api().get("/api/intake/cases/" + id, token);
            assertThat(seen.status()).isEqualTo(404);
            assertThat(seen.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
            assertThat(act(token, id, "accept", "{}").status()).isEqualTo(404);
        }
        assertThat(api().get("/api/intake/cases/" + java.util.UUID.randomUUID(), otherCitizen).body())
                .as("an unknown case and a forbidden one look the same").contains("CASE_NOT_FOUND");
        assertThat(api().get("/api/intake/cases/" + id, clerk()).status()).isEqualTo(200);
    }

    @Test
    void aDraftIsTheApplicantsOwnUntilItIsSubmittedEvenForTheDepartmentsStaff() {
        String id = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\",\"draft\":true}")
                .json().get("id").asString();

        for (String staff : List.of(clerk(), reviewer(), approver())) {
            Api.Reply seen = api().get("/api/intake/cases/" + id, staff);
            assertThat(seen.status()).isEqualTo(404);
            assertThat(seen.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        }
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as("not a 409 that says the draft exists").isEqualTo(404);
        assertThat(accepted.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        assertThat(api().get("/api/intake/cases/" + id, citizen()).status()).isEqualTo(200);

        assertThat(act(citizen(), id, "submit", "{}").status()).isEqualTo(200);
        assertThat(api().get("/api/intake/cases/" + id, clerk()).status()).isEqualTo(200);
    }

    @Test
    void identityIsTheSourceOfTruthForStaffEvenWhenTheTokenMatches() {
        String id = submittedFoodCase();
        IDENTITY.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/identity/internal/staff/check"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                        .okJson("{\"allowed\":false,\"reason\":\"ROLE_REVOKED\"}")));

        Api.Reply refused = act(clerk(), id, "accept", "{}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void anInvalidTransitionIs409ProblemJsonAndChangesNothing() {
        String id = submittedFoodCase();

        Api.Reply refused = act(clerk(), id, "close", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("INVALID_TRANSITION");
        assertThat(refused.json().get("message").get("zh").asString()).isNotBlank();
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void notAcceptedGetsItsOwnNumberedNoticeWithTheReason() {
        String id = submittedFoodCase();

        Api.Reply refused = act(clerk(), id, "refuse",
                "{\"reason\":\"申请人不具备经营场所\",\"legalBasis\":\"《行政许可法》第三十二条\"}");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("state").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.json().get("noticeNumber").asString()).matches("640324-\\d{4}-N\\d{6}");
        assertThat(refused.json().get("notices").get(0).get("reason").asString()).contains("经营场所");
        assertThat(refused.json().has("number")).isFalse();
    }

    @Test
    void anImmediateItemIsAcceptedAndDecidedAtTheWindowInOneStep() {
        Api.Reply filed = file(citizen(), """
                {"itemCode":"SCJG-005","division":"640324000000",
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-1"}], "draft":true}""");
        String id = filed.json().get("id").asString();
        upload(citizen(), id, "loss-statement", "statement.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3});
        act(citizen(), id, "submit", "{}");

        Api.Reply decided = act(clerk(), id, "decide-at-window", "{\"verdict\":\"APPROVE\",\"reasons\":\"当场办结\"}");

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(decided.json().get("number").asString()).isNotBlank();
        assertThat(decided.json().get("decision").get("handler").asString()).isEqualTo("demo-clerk");
    }

    @Test
    void theApplicantWithdrawsBeforeTheDecision() {
        String id = submittedFoodCase();

        Api.Reply withdrawn = act(citizen(), id, "withdraw", "{\"reason\":\"不再经营\"}");

        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(409);
    }

    private String submittedFoodCase() {
        Api.Reply filed = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-9"}]}""");
        assertThat(filed.status()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private List<Map<String, String>> events(String caseId) {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(StreamOffset.fromStart("intake.case-events"));
        return records.stream().map(r -> {
            Map<String, String> m = new java.util.HashMap<>();
            r.getValue().forEach((k, v) -> m.put(String.valueOf(k), String.valueOf(v)));
            return m;
        }).filter(m -> caseId.equals(m.get("caseId"))).toList();
    }

    private static JsonNode material(JsonNode view, String code) {
        for (JsonNode m : view.get("materials")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no material " + code);
    }

    private static List<String> codes(JsonNode defects) {
        return defects.findValuesAsString("materialCode");
    }
}

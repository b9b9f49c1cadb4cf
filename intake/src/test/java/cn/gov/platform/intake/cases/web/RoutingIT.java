package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 上报件, the green channel's place in the queue, and delivery of results, over HTTP. */
class RoutingIT extends IntakeIT {

    static final String YUHAI_CENTER = "yuhai-town-service-center";

    String submittedFoodPermit(String division) {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-001","division":"%s","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""".formatted(division));
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        for (String m : List.of("application-form", "premises-proof", "photo")) {
            upload(citizen(), id, m, m + ".pdf", "application/pdf", pdf(1024));
        }
        assertThat(act(citizen(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    @Test
    void aTownshipCaseReportedUpwardIsWorkedByTheCountyAndStillSeenByTheTownship() {
        String township = issuer().staffToken("demo-township-clerk", YUHAI, YUHAI_CENTER, "clerk");
        String id = submittedFoodPermit(YUHAI);
        assertThat(act(township, id, "accept", "{}").status()).isEqualTo(200);

        Api.Reply reported = act(township, id, "report-upward",
                "{\"department\":\"county-market-regulation\",\"reason\":\"经营范围涉及县级许可事项\"}");
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.json().get("reportedTo").asString()).isEqualTo(COUNTY);
        assertThat(reported.json().get("reportedToDepartment").asString()).isEqualTo("county-market-regulation");
        assertThat(reported.json().get("reportedToDepartmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(reported.json().get("reportedToDepartmentNameEn").asString())
                .isEqualTo("Tongxin County Administration for Market Regulation");
        JsonNode note = last(reported.json().get("history")).get("noteText");
        assertThat(note.get("zh").asString()).as("named in Chinese, never by its code")
                .isEqualTo("上报至 同心县市场监督管理局：经营范围涉及县级许可事项").doesNotContain("county-market-regulation");
        assertThat(note.get("en").asString()).as("named in English")
                .startsWith("Reported upward to Tongxin County Administration for Market Regulation: ")
                .doesNotContain("county-market-regulation");

        assertThat(api().get("/api/intake/workbench/cases", clerk()).body()).contains(id);
        assertThat(api().get("/api/intake/cases/" + id, township).status()).as("the township still sees it")
                .isEqualTo(200);
        assertThat(act(township, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"同意\"}").status())
                .as("but no longer works it").isEqualTo(404);
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}").json()
                .get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(act(clerk(), id, "report-upward", "{\"department\":\"x\",\"reason\":\"再报\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aDepartmentTheCatalogueDoesNotKnowIsRefusedNamingTheFieldAndNothingIsStored() {
        String township = issuer().staffToken("demo-township-clerk", YUHAI, YUHAI_CENTER, "clerk");
        String id = submittedFoodPermit(YUHAI);
        JsonNode accepted = act(township, id, "accept", "{}").json();

        Api.Reply refused = act(township, id, "report-upward",
                "{\"department\":\"county-market-regulaton\",\"reason\":\"经营范围涉及县级许可事项\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("UNKNOWN_DEPARTMENT");
        assertThat(refused.json().get("field").asString()).isEqualTo("department");
        assertThat(refused.json().get("message").get("zh").asString()).contains("部门");
        assertThat(refused.json().get("message").get("en").asString()).contains("department");
        JsonNode after = api().get("/api/intake/cases/" + id, township).json();
        assertThat(after.hasNonNull("reportedTo")).as("not reported").isFalse();
        assertThat(after.hasNonNull("reportedToDepartment")).isFalse();
        assertThat(after.get("history")).hasSameSizeAs(accepted.get("history"));
        assertThat(act(township, id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}").status())
                .as("the township still works it").isEqualTo(200);
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    @Test
    void aGreenChannelCaseComesFirstInTheQueueWithItsOfficer() {
        String first = submittedFoodPermit(COUNTY);
        String major = submittedFoodPermit(COUNTY);
        assertThat(act(clerk(), major, "green-channel", "{\"responsibleOfficer\":\"王科长\",\"reason\":\"\"}").status())
                .isEqualTo(400);
        Api.Reply green = act(clerk(), major, "green-channel",
                "{\"responsibleOfficer\":\"王科长\",\"reason\":\"自治区重点项目：同心县光伏产业园配套\"}");
        assertThat(green.json().get("greenChannel").asBoolean()).isTrue();
        assertThat(act(citizen(), first, "green-channel", "{\"responsibleOfficer\":\"我\",\"reason\":\"急\"}").status())
                .as("not for applicants").isEqualTo(404);

        JsonNode queue = api().get("/api/intake/workbench/cases?state=SUBMITTED", clerk()).json().get("items");
        List<String> ids = queue.findValuesAsString("id");
        assertThat(ids.indexOf(major)).isLessThan(ids.indexOf(first)).isZero();
        assertThat(queue.get(0).get("responsibleOfficer").asString()).isEqualTo("王科长");
    }

    @Test
    void theResultGoesByCourierWithTheTrackingNumberShownOnTheCase() {
        String id = submittedFoodPermit(COUNTY);
        act(clerk(), id, "accept", "{}");
        assertThat(api().send("PUT", "/api/intake/cases/" + id + "/delivery", clerk(), "{\"method\":\"COURIER\"}",
                java.util.Map.of("Content-Type", "application/json")).status()).as("not decided yet").isEqualTo(409);
        act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}");
        act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}");
        act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予登记\"}");

        Api.Reply noTracking = api().send("PUT", "/api/intake/cases/" + id + "/delivery", clerk(),
                "{\"method\":\"COURIER\",\"address\":\"同心县豫海镇新区路 8 号\"}",
                java.util.Map.of("Content-Type", "application/json"));
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.json().get("code").asString()).isEqualTo("TRACKING_NUMBER_REQUIRED");
        Api.Reply sent = api().send("PUT", "/api/intake/cases/" + id + "/delivery", clerk(),
                "{\"method\":\"COURIER\",\"address\":\"同心县豫海镇新区路 8 号\",\"courier\":\"EMS\",\"trackingNumber\":\"EA123456789CN\"}",
                java.util.Map.of("Content-Type", "application/json"));
        assertThat(sent.status()).isEqualTo(200);

        JsonNode seen = api().get("/api/intake/cases/" + id, citizen()).json().get("delivery");
        assertThat(seen.get("method").asString()).isEqualTo("COURIER");
        assertThat(seen.get("trackingNumber").asString()).isEqualTo("EA123456789CN");
    }
}

package cn.gov.platform.intake.cases.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 on intake's side, with WireMock as the credit service: a black-listed applicant refused
 * at acceptance citing the measure and legal basis; a red-listed one given tolerance acceptance;
 * with credit down the case is accepted PENDING and decided only after a later check answers;
 * what intake did is fed back to credit.
 */
class CreditChecksIT extends IntakeIT {

    static final String REFUSING = """
            {"checkId":"chk-black-1","standing":"RESTRICTIONS","incentives":[],
             "restrictions":[{"measureId":"M-BLACK-REFUSE","measureVersion":2,"kind":"REFUSE",
               "legalBasis":"《关于对失信被执行人实施联合惩戒的合作备忘录》（发改财金〔2016〕141号）",
               "description":{"zh":"限制申请行政许可","en":"no permits"}}],
             "entries":[{"entryId":"E-77","list":"BLACK","listType":"DISHONEST_JUDGMENT_DEBTOR",
               "issuingDepartment":"同心县人民法院","legalBasis":"《最高人民法院关于公布失信被执行人名单信息的若干规定》"}]}""";

    static final String RED = """
            {"checkId":"chk-red-1","standing":"INCENTIVES",
             "incentives":[{"measureId":"M-RED-TOL","measureVersion":1,"kind":"TOLERANCE_ALLOWED",
               "description":{"zh":"容缺受理","en":"tolerance"}}],
             "restrictions":[],
             "entries":[{"entryId":"E-9","list":"RED","listType":"A_GRADE_TAXPAYER",
               "issuingDepartment":"国家税务总局同心县税务局","legalBasis":"《纳税信用管理办法》"}]}""";

    String submittedFoodPermit(boolean withSafetyRules) {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-000123"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        String id = drafted.json().get("id").asString();
        upload(citizen(), id, "premises-layout", "layout.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "equipment-list", "equipment.pdf", "application/pdf", pdf(1024));
        if (withSafetyRules) {
            upload(citizen(), id, "safety-rules", "rules.pdf", "application/pdf", pdf(1024));
        }
        assertThat(act(citizen(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    static void feedbackArrives(String checkId, String action) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> IDENTITY.verify(
                postRequestedFor(urlPathEqualTo("/api/credit/internal/checks/" + checkId + "/feedback"))
                        .withRequestBody(matchingJsonPath("$.action", com.github.tomakehurst.wiremock.client.WireMock
                                .equalTo(action)))));
    }

    @Test
    void aBlackListedApplicantIsRefusedAtAcceptanceCitingTheMeasureAndLegalBasis() {
        String id = submittedFoodPermit(true);
        creditAnswers(REFUSING);

        Api.Reply refused = act(clerk(), id, "accept", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("CREDIT_RESTRICTION_REFUSES");
        assertThat(refused.body()).contains("M-BLACK-REFUSE", "发改财金〔2016〕141号");
        JsonNode unchanged = api().get("/api/intake/cases/" + id, clerk()).json();
        assertThat(unchanged.get("state").asString()).as("a refused request stores nothing").isEqualTo("SUBMITTED");
        assertThat(unchanged.get("number")).as("no number drawn").isNull();
        IDENTITY.verify(postRequestedFor(urlPathEqualTo("/api/credit/internal/checks"))
                .withRequestBody(equalToJson("{\"itemCode\":\"SCJG-002\",\"caseId\":\"" + id
                        + "\",\"stage\":\"ACCEPTANCE\"}", true, true)));

        Api.Reply notice = act(clerk(), id, "refuse", "{\"reason\":\"申请人为失信被执行人，依联合惩戒措施不予受理\"}");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.json().get("state").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(notice.json().get("notices").get(0).get("legalBasis").asString()).contains("发改财金〔2016〕141号");
        assertThat(notice.json().get("credit").get("entries").get(0).get("entryId").asString()).isEqualTo("E-77");
        feedbackArrives("chk-black-1", "REFUSED");
    }

    @Test
    void aRedListedApplicantGetsToleranceAcceptanceAndItIsFedBack() {
        String id = submittedFoodPermit(false);
        creditAnswers(RED);

        // SCJG-002 promises 10 working days, the law allows 20: the incentive gives until the statutory deadline.
        String today = cn.gov.platform.testkit.TestClock.today().toString();
        String beyondPromise = api().get("/api/intake/calendar/working-days-after?date=" + today + "&days=15", null)
                .json().get("result").asString();
        String tolerance = "{\"tolerated\":[{\"materialCode\":\"safety-rules\",\"dueBy\":\"" + beyondPromise + "\"}]}";
        creditAnswers(CREDIT_CLEAR);
        assertThat(act(clerk(), id, "accept", tolerance).json().get("code").asString())
                .as("without the incentive the promised deadline limits tolerance").isEqualTo("TOLERANCE_DUE_DATE_INVALID");
        creditAnswers(RED);

        Api.Reply accepted = act(clerk(), id, "accept", tolerance);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED_WITH_TOLERANCE");
        assertThat(accepted.json().get("credit").get("status").asString()).isEqualTo("CHECKED");
        assertThat(accepted.json().get("credit").get("checkId").asString()).isEqualTo("chk-red-1");
        feedbackArrives("chk-red-1", "TOLERANCE_GRANTED");
    }

    @Test
    void withCreditDownTheCaseIsAcceptedPendingAndTheDecisionWaitsForACheck() {
        String id = submittedFoodPermit(true);
        var down = creditDown();

        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as("intake still accepts").isEqualTo(200);
        assertThat(accepted.json().get("credit").get("status").asString()).isEqualTo("PENDING");
        act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全\"}");
        act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}");

        Api.Reply waiting = act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予\"}");
        assertThat(waiting.status()).as("the outage's refusal, to be retried").isEqualTo(503);
        assertThat(waiting.json().get("code").asString()).isEqualTo("CREDIT_UNAVAILABLE");
        assertThat(waiting.header("Retry-After")).isNotBlank();

        IDENTITY.removeStub(down);
        Api.Reply approved = act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("credit").get("stage").asString()).isEqualTo("DECISION");
        IDENTITY.verify(postRequestedFor(urlPathEqualTo("/api/credit/internal/checks"))
                .withRequestBody(matchingJsonPath("$.stage", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("DECISION"))));
        feedbackArrives("chk-clear", "NO_ACTION");
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void feedbackCreditRefusesForGoodIsDeadLetteredOnceWithAMetricAndNeverSentAgain() {
        String id = submittedFoodPermit(true);
        creditAnswers(REFUSING.replace("chk-black-1", "chk-dead-1"));
        String feedbackPath = "/api/credit/internal/checks/chk-dead-1/feedback";
        IDENTITY.stubFor(post(urlPathEqualTo(feedbackPath)).atPriority(1).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":422,\"code\":\"MEASURE_NOT_IN_CHECK\",\"detail\":\"x\"}")));
        double before = deadLettered();

        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(422);
        assertThat(act(clerk(), id, "refuse", "{\"reason\":\"申请人为失信被执行人，依联合惩戒措施不予受理\"}").status())
                .isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = mongo.findById(id, Document.class, "cases");
            Document feedback = stored.getList("creditFeedback", Document.class).getFirst();
            assertThat(feedback.get("refusedAt")).isNotNull();
            assertThat(feedback.getString("refusal")).isEqualTo("422 MEASURE_NOT_IN_CHECK");
            assertThat(feedback.get("sentAt")).isNull();
            assertThat(stored.getBoolean("creditFeedbackPending")).isFalse();
        });
        assertThat(deadLettered() - before).isEqualTo(1.0);

        // Five more relay rounds (every 200 ms in these tests): nothing is sent again.
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                IDENTITY.verify(1, postRequestedFor(urlPathEqualTo(feedbackPath))));
    }

    @Test
    void feedbackCreditCannotTakeYetIsKeptAndSentAgainUntilTaken() {
        String id = submittedFoodPermit(true);
        creditAnswers(REFUSING.replace("chk-black-1", "chk-later-1"));
        String feedbackPath = "/api/credit/internal/checks/chk-later-1/feedback";
        var busy = IDENTITY.stubFor(post(urlPathEqualTo(feedbackPath)).atPriority(1)
                .willReturn(aResponse().withStatus(429)));

        act(clerk(), id, "accept", "{}");
        act(clerk(), id, "refuse", "{\"reason\":\"申请人为失信被执行人，依联合惩戒措施不予受理\"}");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                IDENTITY.findAll(postRequestedFor(urlPathEqualTo(feedbackPath)))).hasSizeGreaterThanOrEqualTo(2));
        assertThat(mongo.findById(id, Document.class, "cases").getBoolean("creditFeedbackPending")).isTrue();

        IDENTITY.removeStub(busy);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document feedback = mongo.findById(id, Document.class, "cases").getList("creditFeedback", Document.class)
                    .getFirst();
            assertThat(feedback.get("sentAt")).isNotNull();
            assertThat(feedback.get("refusedAt")).isNull();
        });
    }

    private double deadLettered() {
        var counter = meters.find("intake.credit.feedback.dead-lettered").tag("action", "REFUSED").counter();
        return counter == null ? 0 : counter.count();
    }
}

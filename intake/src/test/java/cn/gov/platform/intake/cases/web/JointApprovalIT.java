package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8's "done when" for joint items, over HTTP, on the 2026 working-day calendar with the
 * service's clock set by the test: three departments approve in parallel; a silent department is
 * deemed to approve at its deadline; a rejecting department rejects the case with its reasons.
 * The restaurant item SCJG-006 copies a case to market regulation (4 working days), fire rescue
 * (4) and the ecology bureau (3).
 */
class JointApprovalIT extends IntakeIT {

    static final String FIRE = "county-fire-rescue";
    static final String ECOLOGY = "county-ecology-environment";

    static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @BeforeEach
    void beginOnFebTenth() {
        TestClock.set(at("2026-02-10"));
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    String approverOf(String department) {
        return issuer().staffToken(department + "-approver", COUNTY, department, "approver");
    }

    String acceptedRestaurantCase() {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-006","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        for (String material : List.of("application-form", "premises-layout", "fire-commitment", "fume-equipment")) {
            assertThat(upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(1024)).status())
                    .isEqualTo(200);
        }
        assertThat(act(citizen(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        return id;
    }

    Api.Reply decide(String department, String id, String verdict, String reasons, String legalBasis) {
        String basis = legalBasis == null ? "" : ",\"legalBasis\":\"" + legalBasis + "\"";
        return act(approverOf(department), id, "task-decision",
                "{\"verdict\":\"" + verdict + "\",\"reasons\":\"" + reasons + "\"" + basis + "}");
    }

    int sweep() {
        Api.Reply swept = api().post("/api/intake/internal/deemed-consent/sweep", issuer().token("svc-intake", "service"),
                "{}");
        assertThat(swept.status()).isEqualTo(200);
        return swept.json().get("deemed").asInt();
    }

    static List<String> eventTypes(Document doc) {
        List<String> types = new ArrayList<>();
        for (Document e : doc.getList("outbox", Document.class)) {
            types.add(e.getString("type"));
        }
        return types;
    }

    @Test
    void aJointItemWithThreeDepartmentsIsApprovedInParallel() {
        String id = acceptedRestaurantCase();
        JsonNode accepted = api().get("/api/intake/cases/" + id, citizen()).json();
        assertThat(accepted.get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(accepted.get("tasks")).hasSize(3);
        assertThat(accepted.get("tasks").get(2).get("dueOn").asString()).isEqualTo("2026-02-13");
        assertThat(accepted.get("tasks").get(1).get("dueOn").asString()).isEqualTo("2026-02-14");

        // Each department finds the case in its own queue and sees it; others do not.
        assertThat(api().get("/api/intake/workbench/cases", approverOf(FIRE)).body()).contains(id);
        assertThat(api().get("/api/intake/cases/" + id, approverOf(ECOLOGY)).status()).isEqualTo(200);
        assertThat(api().get("/api/intake/cases/" + id, approverOf("county-housing")).status()).isEqualTo(404);
        assertThat(decide("county-housing", id, "APPROVE", "同意", null).status())
                .as("a department without a task is told the case does not exist").isEqualTo(404);
        assertThat(act(issuer().staffToken("fire-clerk", COUNTY, FIRE, "clerk"), id, "task-decision",
                "{\"verdict\":\"APPROVE\",\"reasons\":\"同意\"}").status()).as("the department's approver decides")
                .isEqualTo(422);
        assertThat(act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予\"}").status())
                .as("the lead department's chain does not decide a joint case").isEqualTo(409);

        assertThat(decide(MARKET, id, "APPROVE", "食品经营条件符合", null).json().get("state").asString())
                .isEqualTo("UNDER_REVIEW");
        assertThat(decide(FIRE, id, "APPROVE", "消防安全检查合格", null).status()).isEqualTo(200);
        assertThat(decide(FIRE, id, "REJECT", "改变主意", "x").status()).as("once per task").isEqualTo(409);
        Api.Reply last = decide(ECOLOGY, id, "APPROVE", "油烟排放登记完成", null);

        assertThat(last.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(last.json().get("decision").get("approver").asString()).contains("同心县消防救援大队");
        assertThat(last.json().get("tasks").findValuesAsString("state")).containsOnly("APPROVED");
        JsonNode fireStep = stepNoting(last.json(), "同心县消防救援大队：");
        assertThat(fireStep.get("note").asString()).as("note: the Chinese, as before")
                .isEqualTo("同心县消防救援大队：同意：消防安全检查合格");
        assertThat(fireStep.get("noteText").get("zh").asString()).isEqualTo("同心县消防救援大队：同意：消防安全检查合格");
        assertThat(fireStep.get("noteText").get("en").asString()).isEqualTo("同心县消防救援大队: agreed: 消防安全检查合格");
        for (JsonNode step : last.json().get("history")) {
            assertThat(step.has("noteText")).as("every step with a note has it in both languages: %s", step)
                    .isEqualTo(step.hasNonNull("note"));
            assertThat(step.path("noteText").path("en").asString("")).doesNotContain("APPROVED");
        }
        Document doc = mongo.findById(id, Document.class, "cases");
        assertThat(eventTypes(doc)).containsSubsequence("CaseAccepted", "JointTaskOpened", "JointTaskOpened",
                "JointTaskOpened", "JointTaskDecided", "JointTaskDecided", "JointTaskDecided", "CaseApproved");
    }

    @Test
    void aSilentDepartmentIsDeemedToApproveAtItsDeadlineOnTheWorkingDayCalendarExactlyOnce() {
        String id = acceptedRestaurantCase();
        decide(MARKET, id, "APPROVE", "符合", null);
        decide(FIRE, id, "APPROVE", "合格", null);

        // The ecology bureau's 3 working days from Feb 10 end on Fri Feb 13: on that day it still has time.
        TestClock.set(at("2026-02-13"));
        assertThat(sweep()).isZero();
        assertThat(api().get("/api/intake/cases/" + id, citizen()).json().get("state").asString())
                .isEqualTo("UNDER_REVIEW");

        TestClock.set(at("2026-02-14"));
        assertThat(sweep()).isEqualTo(1);
        assertThat(sweep()).as("exactly once").isZero();

        JsonNode c = api().get("/api/intake/cases/" + id, citizen()).json();
        assertThat(c.get("state").asString()).isEqualTo("APPROVED");
        JsonNode ecology = c.get("tasks").get(2);
        assertThat(ecology.get("state").asString()).isEqualTo("DEEMED_APPROVED");
        assertThat(ecology.get("decidedBy").asString()).isEqualTo("system");
        assertThat(ecology.get("legalBasis").asString()).contains("超时默认");
        assertThat(c.get("decision").get("reasons").asString()).contains("超时默认");
        assertThat(c.get("decision").get("reasonsText").get("en").asString())
                .startsWith("Every joint department agreed: ").contains("(deemed consent)").doesNotContain("超时默认")
                .doesNotContain(" | ");
        assertThat(c.get("decision").get("reasonsText").get("zh").asString()).startsWith("各联办部门同意：")
                .doesNotContain("every joint department");
        assertThat(ecology.get("reasonsText").get("zh").asString()).as("the deemed task's reasons, each language on its own")
                .isEqualTo("逾期未作出意见，视为同意（超时默认）");
        assertThat(ecology.get("reasonsText").get("en").asString()).isEqualTo("no decision by 2026-02-13: deemed approved");
        JsonNode deemed = stepNoting(c, "吴忠市生态环境局同心分局：逾期");
        assertThat(deemed.get("role").asString()).isEqualTo("SYSTEM");
        assertThat(deemed.get("noteText").get("zh").asString()).isEqualTo("吴忠市生态环境局同心分局：逾期未作出意见，视为同意（超时默认）");
        assertThat(deemed.get("noteText").get("en").asString())
                .isEqualTo("吴忠市生态环境局同心分局: no decision by 2026-02-13: deemed approved");
        Document doc = mongo.findById(id, Document.class, "cases");
        assertThat(eventTypes(doc).stream().filter("TaskDeemedApproved"::equals)).hasSize(1);
    }

    @Test
    void aRejectingDepartmentRejectsTheCaseWithItsReasons() {
        String id = acceptedRestaurantCase();

        assertThat(decide(FIRE, id, "REJECT", "疏散通道宽度不足 1.1 米", null).status())
                .as("a refusal cites its legal basis").isEqualTo(400);
        decide(FIRE, id, "REJECT", "疏散通道宽度不足 1.1 米", "《中华人民共和国消防法》第十五条");
        decide(MARKET, id, "APPROVE", "符合", null);
        Api.Reply last = decide(ECOLOGY, id, "APPROVE", "已登记", null);

        assertThat(last.json().get("state").asString()).isEqualTo("REJECTED");
        JsonNode decision = last.json().get("decision");
        assertThat(decision.get("verdict").asString()).isEqualTo("REJECT");
        assertThat(decision.get("reasons").asString()).isEqualTo("同心县消防救援大队：疏散通道宽度不足 1.1 米");
        assertThat(decision.get("reasonsText").get("en").asString()).as("a department's own words, as written")
                .isEqualTo("同心县消防救援大队：疏散通道宽度不足 1.1 米");
        assertThat(decision.get("legalBasis").asString()).isEqualTo("《中华人民共和国消防法》第十五条");
    }

    /** The one step of the history whose note begins with {@code start}. */
    private static JsonNode stepNoting(JsonNode c, String start) {
        List<JsonNode> found = new ArrayList<>();
        c.get("history").forEach(s -> {
            if (s.path("note").asString("").startsWith(start)) {
                found.add(s);
            }
        });
        assertThat(found).as("steps noting %s in %s", start, c.get("history")).hasSize(1);
        return found.getFirst();
    }
}

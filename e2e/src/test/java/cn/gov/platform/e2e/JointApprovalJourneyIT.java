package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Joint approval (并联审批) in the browser: a restaurant's one-stop application is accepted by the
 * county market regulation bureau and copied to fire rescue and ecology; each department's
 * approver finds the task in their own queue, reads its due date, and decides it; the last
 * decision approves the case, which the applicant follows with every department named. With one
 * department silent past its deadline, the system records its consent (超时默认) and the lead
 * bureau's approval then decides the case.
 */
class JointApprovalJourneyIT {

    private static final List<String> UPLOADS = List.of("application-form", "premises-layout", "fire-commitment", "fume-equipment");

    /** The department that stays silent in the deemed-consent journey (its limit: 3 working days). */
    private static final String ECOLOGY = "county-ecology-environment";
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    @Test
    void eachJointDepartmentsApproverDecidesItsTaskInItsOwnQueueAndTheLastDecisionApprovesTheCase() {
        String caseId = citizenApplies("joint-citizen-applied");
        clerkAccepts(caseId, "joint-clerk-accepted-tasks-open");
        decide("demo-fire-approver", caseId, "消防安全检查合格", "joint-fire-decided");
        decide("demo-ecology-approver", caseId, "油烟排放登记完成", "joint-ecology-decided");
        decide("demo-approver", caseId, "食品经营条件符合", "joint-market-decided");
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "APPROVED");
            String tasks = citizen.visible("[data-test=tasks]").getText();
            assertThat(tasks).contains("消防救援大队").contains("生态环境局").contains("市场监督管理局");
            citizen.step("joint-citizen-approved");
        }
    }

    /**
     * Silence is consent (超时默认, INT-5; SCJG-006 allows it): fire rescue decides in the browser,
     * ecology never answers and is deemed to consent once its limit has run out; the lead bureau reads
     * that in words on its case page and approves, and the applicant sees the case approved. The sweep
     * deems the task once, however often it runs.
     */
    @Test
    void aSilentDepartmentIsDeemedToConsentAfterItsDeadlineAndTheLeadDepartmentThenApproves() {
        String caseId = citizenApplies("deemed-citizen-applied");
        clerkAccepts(caseId, "deemed-clerk-accepted-tasks-open");
        decide("demo-fire-approver", caseId, "消防安全检查合格", "deemed-fire-decided");
        String lead = RunningPlatform.login("demo-approver");
        JsonNode before = Steps.get("/api/intake/cases/" + caseId, lead);
        assertThat(task(before, ECOLOGY).get("state").asString()).isEqualTo("OPEN");
        LocalDate today = LocalDate.now(COUNTY);
        assertThat(LocalDate.parse(task(before, ECOLOGY).get("dueOn").asString())).as("ecology's limit runs out later").isAfterOrEqualTo(today);

        // The platform's clock is real and stays so (no clock switch in production code), and ecology's
        // limit is 3 working days: this is the journey's only shortcut past the browser. Ecology's task
        // is stored as if opened long enough ago that its last day was yesterday; everything after
        // (the sweep, the pages, the decision) is the platform's own.
        LocalDate yesterday = today.minusDays(1);
        LocalStore.taskFallsDueOn(caseId, ECOLOGY, yesterday);

        // As intake's own scheduler would, a minute later at most: its service account runs the sweep now.
        sweep();
        JsonNode deemed = Steps.get("/api/intake/cases/" + caseId, lead);
        JsonNode ecology = task(deemed, ECOLOGY);
        assertThat(ecology.get("state").asString()).isEqualTo("DEEMED_APPROVED");
        assertThat(ecology.get("decidedBy").asString()).isEqualTo("system");
        assertThat(task(deemed, "county-market-regulation").get("state").asString()).as("the lead bureau still decides").isEqualTo("OPEN");
        assertThat(deemed.get("state").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(deemedSteps(deemed)).as("the history notes the deemed consent once").hasSize(1);
        String number = deemed.get("number").asString();
        String citizen = RunningPlatform.login("demo-citizen");
        assertThat(awaitDeemedMessages(citizen, number, 1)).as("the applicant is told once").hasSize(1);

        // The sweep again (a second instance, the scheduler's next round): the task is already decided.
        sweep();
        JsonNode again = Steps.get("/api/intake/cases/" + caseId, lead);
        assertThat(task(again, ECOLOGY).get("decidedAt").asString()).isEqualTo(ecology.get("decidedAt").asString());
        assertThat(again.get("history").size()).as("no further step").isEqualTo(deemed.get("history").size());
        assertThat(deemedSteps(again)).hasSize(1);
        Steps.pause(5000);
        assertThat(awaitDeemedMessages(citizen, number, 1)).as("no second message after the second sweep").hasSize(1);

        try (Browser approver = new Browser()) {
            approver.login("demo-approver").open("/work/" + caseId);
            WebElement task = approver.visible("[data-test=task][data-department=" + ECOLOGY + "]");
            approver.js("arguments[0].scrollIntoView({block: 'center'})", task); // the step's screenshot shows it
            String line = task.getText();
            assertThat(line).contains("吴忠市生态环境局同心分局").contains("视为同意").contains("超时默认")
                    .contains(chinese(yesterday)).contains(chinese(LocalDate.ofInstant(Instant.parse(ecology.get("decidedAt").asString()), COUNTY)))
                    .doesNotContain("deemed approved").doesNotContain("system");
            approver.step("deemed-lead-reads-deemed-consent");
            Steps.giveOpinion(approver, "食品经营条件符合；消防同意，生态环境超时默认同意");
            approver.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            approver.wait.until(d -> "APPROVED".equals(caseState(approver)));
            approver.step("deemed-lead-approved");
        }
        try (Browser applicant = new Browser()) {
            applicant.login("demo-citizen").open("/case/" + caseId);
            assertThat(caseState(applicant)).as("the case's own state, first on its page").isEqualTo("APPROVED");
            WebElement task = applicant.visible("[data-test=task][data-department=" + ECOLOGY + "]");
            applicant.js("arguments[0].scrollIntoView({block: 'center'})", task);
            String line = task.getText();
            assertThat(line).contains("视为同意").contains("超时默认").contains(chinese(yesterday));
            // The history's note in the reader's language: the platform wrote it in both (issue 20).
            assertThat((String) applicant.js("return document.body.innerText"))
                    .contains("吴忠市生态环境局同心分局：逾期未作出意见，视为同意（超时默认）")
                    .contains("同心县消防救援大队：同意：").doesNotContain("APPROVED |").doesNotContain("no decision by")
                    .contains("各联办部门同意：").doesNotContain("every joint department approved");
            applicant.step("deemed-citizen-approved");
            applicant.click("#lang");
            applicant.wait.until(d -> "en".equals(applicant.js("return document.documentElement.lang")));
            // The page renders again in English once the case is read again: wait for the line's new words.
            applicant.wait.until(d -> applicant.visible("[data-test=task][data-department=" + ECOLOGY + "]").getText()
                    .contains("deemed to consent"));
            WebElement english = applicant.visible("[data-test=task][data-department=" + ECOLOGY + "]");
            applicant.js("arguments[0].scrollIntoView({block: 'center'})", english);
            assertThat(english.getText()).contains("silence is consent").doesNotContain("超时默认");
            assertThat((String) applicant.js("return document.body.innerText"))
                    .contains("吴忠市生态环境局同心分局: no decision by " + yesterday + ": deemed approved")
                    .contains("同心县消防救援大队: agreed: ").doesNotContain("逾期未作出意见")
                    .contains("Every joint department agreed: ").doesNotContain("各联办部门同意");
            applicant.step("deemed-citizen-approved-english");
        }
        JsonNode approved = Steps.get("/api/intake/cases/" + caseId, lead);
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decision").get("reasons").asString()).contains("吴忠市生态环境局同心分局（超时默认）");
        assertThat(deemedSteps(approved)).hasSize(1);
    }

    private static String citizenApplies(String step) {
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/apply/SCJG-006");
            citizen.visible("[data-test=submit]");
            new Select(citizen.find("[data-test=place]")).selectByValue(Steps.COUNTY_MARKET);
            citizen.click("[data-test=m-id-card-upload]");
            citizen.find("[data-test=m-id-card-file]").sendKeys(Steps.pdf().toString());
            for (String material : UPLOADS) {
                citizen.find("[data-test=m-" + material + "-file]").sendKeys(Steps.pdf().toString());
            }
            citizen.click("[data-test=submit]");
            citizen.waitForState("[data-test=state]", "SUBMITTED");
            String caseId = citizen.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            citizen.step(step);
            return caseId;
        }
    }

    private static void clerkAccepts(String caseId, String step) {
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.visible("[data-test=tasks]");
            clerk.step(step);
        }
    }

    /**
     * The case's own state: the first state tag on its page (each joint task below carries one too,
     * so "some tag shows APPROVED" would already hold once fire rescue approved).
     */
    private static String caseState(Browser b) {
        return b.find("[data-test=state]").getDomAttribute("data-state");
    }

    private static JsonNode task(JsonNode c, String department) {
        for (JsonNode t : c.get("tasks")) {
            if (department.equals(t.get("department").asString())) {
                return t;
            }
        }
        throw new AssertionError("no task of " + department + " in " + c.get("tasks"));
    }

    /** The history's steps noting ecology's deemed consent, in both languages (issue 20). */
    private static List<JsonNode> deemedSteps(JsonNode c) {
        List<JsonNode> steps = new ArrayList<>();
        for (JsonNode s : c.get("history")) {
            String zh = s.path("noteText").path("zh").asString("");
            String en = s.path("noteText").path("en").asString("");
            if (zh.startsWith("吴忠市生态环境局同心分局：逾期未作出意见") && en.endsWith("deemed approved")) {
                steps.add(s);
            }
        }
        return steps;
    }

    /** Runs intake's deemed-consent sweep as its service account, at intake itself. */
    private static void sweep() {
        Api.Reply reply = new Api(RunningPlatform.INTAKE).post("/api/intake/internal/deemed-consent/sweep",
                RunningPlatform.intakeServiceToken(), "{}");
        assertThat(reply.status()).as("the sweep at %s: %s", RunningPlatform.INTAKE, reply.body()).isEqualTo(200);
        assertThat(reply.json().get("enabled").asBoolean()).as("the sweep runs on this platform").isTrue();
    }

    /**
     * The applicant's inbox messages telling that a department of case {@code number} is deemed to
     * consent, once at least {@code expected} arrived through the event stream (or after 60 s).
     */
    private static List<String> awaitDeemedMessages(String token, String number, int expected) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            List<String> found = new ArrayList<>();
            for (JsonNode m : Steps.get("/api/notifications/inbox", token).get("messages")) {
                if ("deemed-approved".equals(m.get("templateCode").asString()) && m.get("text").asString().contains(number)) {
                    found.add(m.get("text").asString());
                }
            }
            if (found.size() >= expected || System.currentTimeMillis() > until) {
                return found;
            }
            Steps.pause(1000);
        }
    }

    /** A date as the portal shows it in Chinese (toLocaleString zh-CN, dateStyle medium). */
    private static String chinese(LocalDate d) {
        return "%d年%d月%d日".formatted(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static void decide(String approver, String caseId, String reasons, String step) {
        try (Browser b = new Browser()) {
            b.login(approver).open("/work");
            b.visible("li[data-case='" + caseId + "']");
            b.step(step + "-queue");
            b.click("li[data-case='" + caseId + "'] a");
            Steps.giveOpinion(b, reasons);
            b.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            b.step(step);
        }
    }
}

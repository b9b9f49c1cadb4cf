package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Joint approval (并联审批) in the browser: a restaurant's one-stop application is accepted by the
 * county market regulation bureau and copied to fire rescue and ecology; each department's
 * approver finds the task in their own queue, reads its due date, and decides it; the last
 * decision approves the case, which the applicant follows with every department named.
 */
class JointApprovalJourneyIT {

    private static final List<String> UPLOADS = List.of("application-form", "premises-layout", "fire-commitment", "fume-equipment");

    @Test
    void eachJointDepartmentsApproverDecidesItsTaskInItsOwnQueueAndTheLastDecisionApprovesTheCase() {
        String caseId;
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
            caseId = citizen.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            citizen.step("joint-citizen-applied");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.visible("[data-test=tasks]");
            clerk.step("joint-clerk-accepted-tasks-open");
        }
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

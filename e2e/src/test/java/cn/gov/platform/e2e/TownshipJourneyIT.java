package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The township chain in the browser: a citizen files at the Yuhai town service centre, the town's
 * clerk accepts and gives the handler's opinion, its reviewer and approver decide; the county's
 * clerk never sees the town's case; a case filed at the county for the town is handed over to it
 * (INT-7); a 上报件 accepted at the town goes to the county bureau, named on both sides; the town's supervisor
 * and the county's supervisor read their figures and overdue lists by name.
 */
class TownshipJourneyIT {

    @Test
    void theTownsClerkReviewerAndApproverDecideACaseFiledAtTheTownWhichTheCountyNeverSees() {
        String caseId;
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2");
            caseId = Steps.apply(citizen, Steps.YUHAI_TOWN, Steps.SCJG_001_UPLOADS);
            citizen.step("town-citizen-applied");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-township-clerk").open("/work?state=SUBMITTED");
            assertThat(clerk.visible("[data-test=work-place]").getText()).contains("豫海镇便民服务中心").contains("豫海镇");
            Steps.pageTo(clerk, caseId);
            clerk.step("town-clerk-queue");
            clerk.click("li[data-case='" + caseId + "'] a");
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            Steps.enterCertificateData(clerk, "马晓");
            Steps.giveOpinion(clerk, "材料齐全");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.step("town-clerk-handler-opinion");
        }
        try (Browser countyClerk = new Browser()) {
            countyClerk.login("demo-clerk").open("/work");
            countyClerk.wait.until(d -> d.findElements(By.cssSelector("main [role=status]")).isEmpty());
            assertThat(countyClerk.all("li[data-case='" + caseId + "']")).as("the county's queue holds no town case").isEmpty();
        }
        try (Browser reviewer = new Browser()) {
            reviewer.login("demo-township-reviewer").open("/work/" + caseId);
            Steps.giveOpinion(reviewer, "审核同意");
            reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            reviewer.step("town-reviewer-opinion");
        }
        try (Browser approver = new Browser()) {
            approver.login("demo-township-approver").open("/work/" + caseId);
            Steps.giveOpinion(approver, "准予登记");
            approver.waitForState("[data-test=state]", "APPROVED");
            approver.step("town-approver-approved");
        }
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "APPROVED");
            citizen.step("town-citizen-approved");
        }
    }

    /**
     * First-contact handover (INT-7): a case filed at the county for a business in Yuhai is handed over by
     * the county's clerk with a note, not refused; the town's clerk finds it in the queue and accepts it;
     * the citizen reads where it went and how to reach them.
     */
    @Test
    void theCountysClerkHandsACaseOverToTheTownWhoseClerkAcceptsItAndTheCitizenSeesWhereItWent() {
        String caseId;
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2");
            caseId = Steps.apply(citizen, Steps.COUNTY_MARKET, Steps.SCJG_001_UPLOADS);
        }
        try (Browser countyClerk = new Browser()) {
            countyClerk.login("demo-clerk").open("/work/" + caseId);
            countyClerk.visible("[data-test=handover-form]");
            countyClerk.wait.until(d -> d.findElements(By.cssSelector("[data-test=handover-to] option")).size() > 1);
            new Select(countyClerk.find("[data-test=handover-to]")).selectByVisibleText("豫海镇 豫海镇便民服务中心");
            countyClerk.type("[data-test=handover-note]", "经营场所在豫海镇，由镇便民服务中心受理");
            countyClerk.step("county-clerk-handover-form");
            countyClerk.click("[data-test=handover-submit]");
            assertThat(countyClerk.visible("[data-test=handover-done]").getText()).contains("豫海镇便民服务中心");
            countyClerk.step("county-clerk-handed-over");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-township-clerk").open("/work?state=SUBMITTED");
            Steps.pageTo(clerk, caseId);
            clerk.step("town-clerk-queue-handed-over");
            clerk.click("li[data-case='" + caseId + "'] a");
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
        }
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/case/" + caseId);
            assertThat(citizen.visible("[data-test=handovers]").getText()).contains("豫海镇便民服务中心一楼综合窗口",
                    "0953-8010000");
            citizen.step("town-citizen-handed-over");
            citizen.click("#lang");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=handovers]")).getText()
                    .contains("Yuhai Town Yuhai Town Service Centre"));
            assertThat(citizen.find("[data-test=handovers]").getText())
                    .contains("Tongxin County Administration for Market Regulation",
                            "Yuhai Town Service Centre, general window on the 1st floor");
            citizen.step("town-citizen-handed-over-en");
        }
    }

    /**
     * A 上报件: 最低生活保障 is accepted at the town and, by the item's rule, reported to the county's civil
     * affairs bureau; the town's clerk and the applicant read where it went by name, in Chinese and English.
     */
    @Test
    void aSubsistenceAllowanceAcceptedAtTheTownIsReportedToTheCountyBureauWhichBothSidesReadByName() {
        String caseId;
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/apply/MZ-001");
            citizen.visible("[data-test=submit]");
            new Select(citizen.find("[data-test=place]")).selectByValue(Steps.YUHAI_TOWN);
            for (String material : List.of("id-card", "household-register")) {
                citizen.click("[data-test=m-" + material + "-upload]");
            }
            for (String material : List.of("id-card", "household-register", "income-statement", "authorisation",
                    "illness-proof")) {
                citizen.find("[data-test=m-" + material + "-file]").sendKeys(Steps.pdf().toString());
            }
            citizen.click("[data-test=submit]");
            citizen.waitForState("[data-test=state]", "SUBMITTED");
            caseId = citizen.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            citizen.step("town-allowance-applied");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-township-clerk").open("/work/" + caseId);
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            clerk.wait.until(d -> d.findElement(By.cssSelector("[data-test=reported-to]")).getText()
                    .equals("同心县民政局 · 同心县"));
            clerk.step("town-allowance-reported");
        }
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/case/" + caseId);
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=reported-to]")).getText()
                    .equals("同心县民政局 · 同心县"));
            citizen.click("#lang");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=reported-to]")).getText()
                    .equals("Tongxin County Civil Affairs Bureau · Tongxin County"));
            citizen.step("town-allowance-reported-en");
        }
    }

    @Test
    void supervisorsReadTheFiguresOfTheirOwnSubtreeByName() {
        try (Browser supervisor = new Browser()) {
            supervisor.login("demo-township-supervisor").open("/supervision");
            supervisor.visible("[data-test=lights]");
            supervisor.wait.until(d -> d.findElements(By.cssSelector("main [role=status]")).isEmpty());
            supervisor.step("town-supervisor-figures");
        }
        try (Browser supervisor = new Browser()) {
            supervisor.login("demo-supervisor").open("/supervision");
            supervisor.visible("[data-test=lights]");
            supervisor.wait.until(d -> d.findElements(By.cssSelector("main [role=status]")).isEmpty());
            supervisor.step("county-supervisor-figures");
        }
    }
}

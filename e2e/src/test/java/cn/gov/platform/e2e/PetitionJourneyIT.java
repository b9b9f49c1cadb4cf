package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A petition (信访, issue 19) in the browser: a citizen submits one to the county market regulation
 * bureau; its clerk accepts it with a written notice; its reviewer extends the answer once with a
 * reason; its approver answers; the citizen reads the notice, the new due date and the answer.
 */
class PetitionJourneyIT {

    @Test
    void aCitizensPetitionIsAcceptedExtendedOnceAndAnsweredAndTheCitizenReadsEachStep() {
        String id;
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/petitions");
            citizen.wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-test=petition-to] option"))
                    .size() > 1);
            new Select(citizen.find("[data-test=petition-to]")).selectByVisibleText("同心县市场监督管理局 · 同心县");
            citizen.type("[data-test=petition-text]", "反映县城某食品店长期无证经营，请求依法查处。");
            citizen.step("petition-form");
            citizen.click("[data-test=petition-submit]");
            String href = citizen.visible("[data-test=petition-link]").getDomAttribute("href");
            id = href.substring(href.lastIndexOf('/') + 1);
            citizen.click("[data-test=petition-link]");
            citizen.waitForState("[data-test=state]", "RECEIVED");
            assertThat(citizen.visible("[data-test=petition]").getText()).contains("同心县市场监督管理局", "受理告知期限");
            citizen.step("petition-received");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/petitions");
            clerk.click("li[data-petition='" + id + "'] a");
            clerk.type("[data-test=petition-note]", "予以受理，转执法大队现场核查。");
            clerk.step("petition-clerk-decides");
            clerk.click("[data-test=petition-accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            assertThat(clerk.visible("[data-test=petition-notice]").getText()).contains("XF-", "予以受理");
            clerk.step("petition-accepted");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.login("demo-reviewer").open("/petition/" + id);
            reviewer.click("details.card summary");
            reviewer.type("[data-test=petition-extend-reason]", "需要会同住建部门现场核查。");
            reviewer.click("[data-test=petition-extend]");
            reviewer.waitForState("[data-test=state]", "EXTENDED");
            reviewer.step("petition-extended");
        }
        try (Browser approver = new Browser()) {
            approver.login("demo-approver").open("/petition/" + id);
            approver.type("[data-test=petition-answer-text]", "经核查，该店已取得许可证，已责令规范经营。");
            approver.click("[data-test=petition-answer-send]");
            approver.waitForState("[data-test=state]", "ANSWERED");
            approver.step("petition-answered");
        }
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/petition/" + id);
            citizen.waitForState("[data-test=state]", "ANSWERED");
            String page = citizen.visible("[data-test=petition]").getText();
            assertThat(page).contains("予以受理，转执法大队现场核查。", "需要会同住建部门现场核查。", "已责令规范经营", "按期");
            assertThat(citizen.all("[data-test=petition-accept]")).as("the petitioner has no staff actions").isEmpty();
            citizen.step("petition-citizen-reads-answer");
        }
    }
}

package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The 12345 hotline (issue 19, point 2) in the browser: the operator answers a query about a catalogue
 * item at once, records a complaint sent to the wrong department and re-routes it; the county market
 * regulation bureau's clerk answers it from the workbench; the operator sees it answered; a citizen
 * leaves a message in the portal that becomes a ticket of their own.
 */
class HotlineJourneyIT {

    private static void placesLoaded(Browser b, String select) {
        b.wait.until(d -> d.findElements(By.cssSelector(select + " option")).size() > 1);
    }

    @Test
    void anOperatorRecordsACallReRoutesItAndTheDepartmentAnswersIt() {
        String id;
        try (Browser operator = new Browser()) {
            operator.login("demo-hotline").open("/hotline");
            placesLoaded(operator, "[data-test=call-to]");
            operator.type("[data-test=call-phone]", "13909530077");
            new Select(operator.find("[data-test=call-kind]")).selectByValue("QUERY");
            new Select(operator.find("[data-test=call-to]")).selectByVisibleText("同心县市场监督管理局 · 同心县");
            operator.type("[data-test=call-text]", "开小卖部要办什么证？");
            operator.type("[data-test=call-keyword]", "食品");
            operator.step("hotline-query");
            operator.click("[data-test=call-record]");
            assertThat(operator.visible("[data-test=call-answer]").getText()).contains("食品经营许可", "个工作日");
            operator.step("hotline-query-answered-at-once");

            operator.type("[data-test=call-phone]", "13909530077");
            new Select(operator.find("[data-test=call-kind]")).selectByValue("COMPLAINT");
            new Select(operator.find("[data-test=call-to]")).selectByVisibleText("同心县卫生健康局 · 同心县");
            operator.type("[data-test=call-text]", "县城某超市出售过期食品，要求查处。");
            operator.click("[data-test=call-record]");
            String href = operator.visible("[data-test=call-ticket]").getDomAttribute("href");
            id = href.substring(href.lastIndexOf('/') + 1);
            operator.step("hotline-ticket-created");
            operator.click("[data-test=call-ticket]");
            operator.waitForState("[data-test=state]", "RECEIVED");
            operator.click("details.card summary");
            placesLoaded(operator, "[data-test=reroute-to]");
            new Select(operator.find("[data-test=reroute-to]")).selectByVisibleText("同心县市场监督管理局 · 同心县");
            operator.type("[data-test=reroute-reason]", "食品安全归市场监管部门处理。");
            operator.click("[data-test=reroute-send]");
            operator.wait.until(d -> d.findElement(By.cssSelector("[data-test=ticket-department]")).getText()
                    .contains("市场监督管理局"));
            operator.step("hotline-rerouted");
        }
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/hotline");
            clerk.click("li[data-ticket='" + id + "'] a");
            clerk.type("[data-test=ticket-answer-text]", "已责令该超市下架过期食品并立案调查。");
            clerk.step("hotline-clerk-answers");
            clerk.click("[data-test=ticket-answer-send]");
            clerk.waitForState("[data-test=state]", "ANSWERED");
            clerk.step("hotline-answered");
        }
        try (Browser operator = new Browser()) {
            operator.login("demo-hotline").open("/hotline/ticket/" + id);
            operator.waitForState("[data-test=state]", "ANSWERED");
            assertThat(operator.visible("[data-test=ticket]").getText()).contains("已责令该超市下架过期食品", "食品安全归市场监管部门处理。");
            assertThat(operator.all("[data-test=reroute-send]")).as("an answered ticket is not re-routed").isEmpty();
            operator.step("hotline-operator-sees-answer");
        }
    }

    @Test
    void aCitizenLeavesAMessageThatBecomesTheirTicket() {
        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen2").open("/messages");
            placesLoaded(citizen, "[data-test=message-to]");
            new Select(citizen.find("[data-test=message-kind]")).selectByValue("SUGGESTION");
            new Select(citizen.find("[data-test=message-to]")).selectByVisibleText("同心县市场监督管理局 · 同心县");
            citizen.type("[data-test=message-text]", "建议周六上午开放办事窗口。");
            citizen.step("hotline-message-form");
            citizen.click("[data-test=message-send]");
            citizen.visible("[data-test=message-out] .tag");
            // The list is drawn again after the answer; it may already hold earlier messages of this citizen.
            citizen.wait.until(d -> d.findElements(By.cssSelector("[data-test=my-messages]")).stream()
                    .anyMatch(e -> e.getText().contains("建议周六上午开放办事窗口")));
            citizen.step("hotline-message-left");
        }
    }
}

package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen's whole job in the browser, and the county market regulation bureau's chain deciding
 * it: a new person registers with their real name, is verified, applies for an individual business
 * licence, supplements after the clerk's one-time notice, follows the case while the clerk, the
 * reviewer and the approver decide it, receives the e-certificate (QR image, fields by name),
 * shares it with a department, rates the service poorly and complains; the clerk closes the case,
 * answers the complaint and follows the rating up, and the citizen reads both answers. Every step
 * is a screenshot, an axe-core check and a check that no raw code is shown (Browser.step).
 */
class CitizenJourneyIT {

    @Test
    void aNewCitizenRegistersAppliesSupplementsFollowsReceivesSharesRatesAndComplainsWhileTheCountyDecides() {
        String username = "e2e-" + Long.toString(System.nanoTime(), 36);
        String password = "Journey#2026";
        String name = "马文" + "清明亮晓".charAt((int) (System.nanoTime() % 4));
        String caseId;

        try (Browser anyone = new Browser()) {
            anyone.open("/register");
            anyone.type("[data-test=reg-username]", username);
            anyone.type("[data-test=reg-password]", password);
            anyone.type("[data-test=reg-name]", name);
            anyone.type("[data-test=reg-id]", Steps.freshIdNumber());
            anyone.type("[data-test=reg-phone]", "139" + String.valueOf(System.nanoTime()).substring(5, 13));
            anyone.step("citizen-register-form");
            anyone.click("[data-test=reg-submit]");
            assertThat(anyone.visible("[data-test=registered]").getDomAttribute("data-verification")).isEqualTo("verified");
            anyone.step("citizen-registered");
        }

        try (Browser citizen = new Browser()) {
            citizen.login(username, password).open("/me");
            assertThat(citizen.visible("[data-test=verification]").getDomAttribute("data-status")).isEqualTo("verified");
            citizen.step("citizen-verified");
            caseId = Steps.apply(citizen, Steps.COUNTY_MARKET, Steps.SCJG_001_UPLOADS);
            citizen.step("citizen-applied");
        }

        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work?state=SUBMITTED");
            Steps.pageTo(clerk, caseId);
            assertThat(clerk.find("[data-test=work-place]").getText()).contains("市场监督管理局").contains("同心县");
            clerk.step("clerk-queue");
            clerk.click("li[data-case='" + caseId + "'] a");
            clerk.click("[data-test=defect-premises-proof]");
            clerk.type("[data-test=supplement-note]", "经营场所使用证明须加盖产权单位公章");
            clerk.click("[data-test=supplement-request]");
            clerk.waitForState("[data-test=state]", "SUPPLEMENT_REQUESTED");
            clerk.step("clerk-supplement-requested");
        }

        try (Browser citizen = new Browser()) {
            citizen.login(username, password).open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "SUPPLEMENT_REQUESTED");
            citizen.visible("[data-test=notice]");
            citizen.step("citizen-one-time-notice");
            citizen.find("[data-test=supplement-premises-proof]").sendKeys(Steps.pdf().toString());
            citizen.click("[data-test=resubmit]");
            citizen.waitForState("[data-test=state]", "SUBMITTED");
            citizen.step("citizen-supplemented");
        }

        String acceptanceNumber;
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            acceptanceNumber = clerk.find("[data-test=case-number]").getText();
            assertThat(acceptanceNumber).matches("640324-\\d{4}-\\d{7}");
            clerk.step("clerk-accepted");
            Steps.enterCertificateData(clerk, name);
            clerk.step("clerk-certificate-data");
            Steps.giveOpinion(clerk, "材料齐全，符合登记条件");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.step("clerk-handler-opinion");
        }
        try (Browser reviewer = new Browser()) {
            // The reviewer finds the case by the acceptance number on the applicant's receipt.
            reviewer.login("demo-reviewer").open("/work");
            reviewer.type("[data-test=queue-number]", acceptanceNumber);
            reviewer.click("[data-test=queue-filter]");
            reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=queue] li")).size() == 1
                    && !d.findElements(By.cssSelector("li[data-case='" + caseId + "']")).isEmpty());
            reviewer.step("reviewer-finds-case-by-number");
            reviewer.click("li[data-case='" + caseId + "'] a");
            reviewer.waitForState("[data-test=state]", "UNDER_REVIEW");
            Steps.giveOpinion(reviewer, "审核同意");
            reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            reviewer.step("reviewer-opinion");
        }
        try (Browser approver = new Browser()) {
            approver.login("demo-approver").open("/work/" + caseId);
            Steps.giveOpinion(approver, "准予登记");
            approver.waitForState("[data-test=state]", "APPROVED");
            approver.step("approver-approved");
        }
        // There is a result to deliver once the case is decided: the clerk records the courier.
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.waitForState("[data-test=state]", "APPROVED");
            clerk.js("document.querySelector('[data-test=delivery-method]').closest('details').open = true");
            new Select(clerk.find("[data-test=delivery-method]")).selectByValue("COURIER");
            clerk.type("[data-test=delivery-courier]", "中国邮政 EMS");
            clerk.type("[data-test=delivery-tracking]", "1187654321098");
            clerk.type("[data-test=delivery-address]", "同心县豫海镇示例村 1 号");
            clerk.click("[data-test=delivery-save]");
            clerk.wait.until(d -> d.findElement(By.id("main")).getText().contains("1187654321098"));
            clerk.step("clerk-delivery-recorded");
        }

        String complaintId;
        String qr;
        try (Browser citizen = new Browser()) {
            citizen.login(username, password).open("/cases");
            citizen.visible("li[data-case='" + caseId + "']");
            citizen.step("citizen-follows-cases");
            citizen.open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "APPROVED");
            String number = Steps.awaitIssued(citizen, caseId);
            citizen.step("citizen-approved-certificate-issued");
            citizen.click("[data-test=issued-number]");
            assertThat(citizen.visible("[data-test=cert-number]").getText()).isEqualTo(number);
            assertThat(citizen.find("[data-test=issuer]").getText()).contains("市场监督管理局");
            citizen.visible("[data-test=qr-image]");
            assertThat(citizen.js("const i = document.querySelector('[data-test=qr-image]'); return i.complete && i.naturalWidth > 100 && i.src.startsWith('data:image/png')"))
                    .isEqualTo(true);
            qr = String.valueOf(citizen.find("[data-test=qr]").getDomProperty("textContent")).trim();
            assertThat(qr).contains(number);
            citizen.click("[data-test=pdf]");
            citizen.wait.until(d -> !d.findElements(By.cssSelector("a[download='" + number + ".pdf']")).isEmpty());
            citizen.step("citizen-certificate-qr");
            new Select(citizen.find("[data-test=share-department]")).selectByValue("county-market-regulation");
            citizen.type("[data-test=share-purpose]", "办理食品经营许可时代替复印件");
            citizen.click("[data-test=share-submit]");
            citizen.visible("[data-test=share-list] li");
            citizen.visible("[data-test=no-uses]");
            citizen.step("citizen-certificate-shared");

            citizen.open("/case/" + caseId);
            citizen.visible("[data-test=rate]");
            new Select(citizen.find("[data-test=rating]")).selectByValue("2");
            citizen.type("[data-test=rating-comment]", "窗口等候时间较长");
            citizen.click("[data-test=rate]");
            citizen.visible("[data-test=my-rating]");
            citizen.type("[data-test=complaint-text]", "补正要求未在第一次告知时一并说明");
            citizen.click("[data-test=complain]");
            citizen.visible("[data-test=complaint-link]");
            citizen.step("citizen-rated-and-complained");
            citizen.click("[data-test=complaint-link]");
            citizen.waitForState("[data-test=state]", "FILED");
            complaintId = citizen.driver.getCurrentUrl().replaceFirst(".*#/complaint/", "");
            citizen.step("citizen-follows-complaint");
        }

        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.click("[data-test=close]");
            clerk.waitForState("[data-test=state]", "CLOSED");
            clerk.step("clerk-closed");
            clerk.open("/work/complaints");
            String item = "li[data-complaint='" + complaintId + "'] ";
            clerk.type(item + "[data-test=answer-text]", "已核实：窗口将在一次性告知中列明全部补正要求，感谢监督。");
            clerk.click(item + "[data-test=answer-send]");
            clerk.wait.until(d -> d.findElements(By.cssSelector(item + "[data-test=answer-send]")).isEmpty());
            clerk.step("clerk-answered-complaint");
            clerk.open("/work/follow-ups");
            String rating = "li[data-case='" + caseId + "'] ";
            clerk.type(rating + "[data-test=follow-up-note]", "已电话回访，调整窗口排班");
            clerk.click(rating + "[data-test=follow-up-send]");
            clerk.wait.until(d -> d.findElements(By.cssSelector(rating)).isEmpty());
            clerk.step("clerk-followed-up-rating");
        }

        try (Browser citizen = new Browser()) {
            citizen.login(username, password).open("/complaint/" + complaintId);
            citizen.waitForState("[data-test=state]", "ANSWERED");
            assertThat(citizen.visible("[data-test=complaint-answer]").getText()).contains("一次性告知");
            citizen.step("citizen-reads-answer");
            citizen.click("#lang");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=complaint]")).getText()
                    .contains("Tongxin County Administration for Market Regulation"));
            assertThat(citizen.find("[data-test=complaint]").getText()).doesNotContain("同心县市场监督管理局");
            citizen.step("citizen-reads-answer-en");
            citizen.click("#lang");
            citizen.open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "CLOSED");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=my-rating]")).getText().contains("调整窗口排班"));
            citizen.step("citizen-case-closed-follow-up-read");
        }

        try (Browser anyone = new Browser()) {
            anyone.open("/verify");
            anyone.type("[data-test=verify-qr]", qr);
            anyone.click("[data-test=verify-by-qr]");
            anyone.wait.until(d -> "valid".equals(d.findElement(By.cssSelector("[data-test=verdict]")).getDomAttribute("data-status")));
            anyone.step("public-verifies-citizen-certificate");
        }
        assertThat(List.of(caseId, complaintId)).doesNotContainNull();
    }
}

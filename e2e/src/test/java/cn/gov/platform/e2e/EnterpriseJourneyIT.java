package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, "Done when": the representative adds a filer and a viewer in the portal; the filer, acting
 * for the enterprise, files SCJG-002 for it; the viewer sees the case; a removed member gets 404 on the
 * next request. And after approval the licence is in the enterprise's wallet, which every member sees.
 * Repeatable: demo-ent-filer and demo-ent-viewer are removed before and after each test if they are members.
 */
class EnterpriseJourneyIT {

    private static final String CODE = "91640324MA76TX0DXL";
    private static final String NAME = "同心县豫海商贸有限公司";
    /** 食品经营许可: at the county market regulation bureau, where the demo staff work. */
    private static final String FOOD_PERMIT = "SCJG-002";
    private static final String MEMBERS = "/api/identity/enterprises/" + CODE + "/members";

    private static Api.Reply send(String method, String path, String token, String body) {
        return send(CODE, method, path, token, body);
    }

    private static Api.Reply send(String code, String method, String path, String token, String body) {
        return RunningPlatform.gateway().send(method, path, token, body,
                body == null ? Map.of("X-Acting-For", code) : Map.of("X-Acting-For", code, "Content-Type", "application/json"));
    }

    /**
     * The journey starts, and leaves, with neither the filer nor the viewer a member (the authorisation
     * matrix's ent-outsider is demo-ent-viewer, a member of nothing).
     */
    @BeforeEach
    @AfterEach
    void nobodyButTheAdministratorIsAMember() {
        String representative = RunningPlatform.login("demo-enterprise");
        for (String user : List.of("demo-ent-filer", "demo-ent-viewer")) {
            String subject = Steps.subject(RunningPlatform.login(user));
            Api.Reply removed = RunningPlatform.gateway().send("DELETE", MEMBERS + "/" + subject, representative, null, Map.of());
            assertThat(removed.status()).as(removed.body()).isIn(200, 404);
        }
    }

    private static void actFor(Browser b) {
        actFor(b, CODE);
    }

    private static void actFor(Browser b, String code) {
        b.open("/");
        b.visible("[data-test=acting-for]");
        new Select(b.find("[data-test=acting-for]")).selectByValue(code);
        b.wait.until(d -> d.findElement(By.cssSelector("[data-test=acting-for]")).getDomProperty("value").equals(code));
    }

    private static void addMember(Browser b, String username, String role) {
        b.type("[data-test=member-username]", username);
        new Select(b.find("[data-test=member-role-choice]")).selectByValue(role);
        b.click("[data-test=member-add]");
        b.visible("li[data-member='" + username + "']");
    }

    @Test
    void theRepresentativeAddsAFilerAndAViewerTheFilerFilesForTheEnterpriseTheViewerSeesItAndARemovedMemberIsRefused() {
        try (Browser rep = new Browser()) {
            rep.login("demo-enterprise");
            actFor(rep);
            rep.step("enterprise-acting-for");
            rep.open("/enterprise");
            rep.visible("[data-test=member-form]");
            assertThat(rep.find("[data-test=my-role]").getText()).isEqualTo("法定代表人");
            addMember(rep, "demo-ent-filer", "filer");
            addMember(rep, "demo-ent-viewer", "viewer");
            // Names and roles in words, never codes.
            String members = rep.find("[data-test=members]").getText();
            assertThat(members).contains("罗娟", "郑涛", "经办人", "查看人").doesNotContain("FILER", "VIEWER");
            rep.step("enterprise-members-added");
        }

        String caseId;
        try (Browser filer = new Browser()) {
            filer.login("demo-ent-filer");
            actFor(filer);
            filer.open("/apply/" + FOOD_PERMIT);
            filer.visible("[data-test=submit]");
            new Select(filer.find("[data-test=place]")).selectByValue(Steps.COUNTY_MARKET);
            filer.click("[data-test=m-business-licence-upload]");
            filer.click("[data-test=m-id-card-upload]");
            for (String material : List.of("business-licence", "id-card", "premises-layout")) {
                filer.find("[data-test=m-" + material + "-file]").sendKeys(Steps.pdf().toString());
            }
            filer.step("enterprise-filer-apply-form");
            filer.click("[data-test=submit]");
            filer.waitForState("[data-test=state]", "SUBMITTED");
            caseId = filer.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            filer.step("enterprise-filer-filed");
        }

        String viewerToken = RunningPlatform.login("demo-ent-viewer");
        try (Browser viewer = new Browser()) {
            viewer.login("demo-ent-viewer");
            actFor(viewer);
            viewer.open("/cases");
            viewer.visible("li[data-case='" + caseId + "']");
            assertThat(viewer.find("#page-title").getText()).contains(NAME);
            viewer.step("enterprise-viewer-cases");
            viewer.open("/case/" + caseId);
            viewer.waitForState("[data-test=state]", "SUBMITTED");
            viewer.step("enterprise-viewer-case");
        }
        JsonNode seen = send("GET", "/api/intake/cases/" + caseId, viewerToken, null).json();
        assertThat(seen.get("enterprise").get("creditCode").asString()).isEqualTo(CODE);
        assertThat(seen.get("history").get(0).get("actor").asString()).isEqualTo("demo-ent-filer");
        assertThat(seen.get("history").get(0).get("forEnterprise").get("name").asString()).isEqualTo(NAME);
        // For themself the viewer has no such case.
        assertThat(RunningPlatform.gateway().get("/api/intake/cases/" + caseId, viewerToken).status()).isEqualTo(404);

        // The administrator removes the viewer: refused on the very next request, and the case is gone for them.
        String admin = RunningPlatform.login("demo-ent-admin");
        Api.Reply removed = RunningPlatform.gateway().send("DELETE", MEMBERS + "/" + Steps.subject(viewerToken), admin,
                null, Map.of());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        Api.Reply refused = send("GET", "/api/intake/cases/" + caseId, viewerToken, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("NOT_ENTERPRISE_MEMBER");
        assertThat(RunningPlatform.gateway().get("/api/intake/cases/" + caseId, viewerToken).status()).isEqualTo(404);
        assertThat(RunningPlatform.gateway().get("/api/identity/enterprises/" + CODE, viewerToken).status()).isEqualTo(404);
    }

    /**
     * After approval the licence is the enterprise's and in its wallet: the viewer, acting for it, sees it there.
     * The demo enterprise is on the list of serious market violators, whose measure refuses it a food permit
     * (MARKET-REFUSE), so this journey opens an enterprise of its own: demo-ent-admin registers it as its
     * legal representative in the portal (a fresh credit code each run) and adds demo-ent-viewer, removed again
     * at the end.
     */
    @Test
    void afterApprovalTheViewerSeesTheLicenceInTheEnterpriseWallet() {
        String body = "91640324MA" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        String code = body + cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode.checkCharacter(body);
        String name = "同心县清真食品" + code.substring(12, 17) + "有限公司";
        String representative = RunningPlatform.login("demo-ent-admin");
        String viewerToken = RunningPlatform.login("demo-ent-viewer");
        try (Browser rep = new Browser()) {
            // The representative registers the enterprise in the portal and acts for it at once.
            rep.login("demo-ent-admin").open("/enterprise");
            rep.type("[data-test=register-code]", code);
            rep.type("[data-test=register-name]", name);
            rep.step("enterprise-register-form");
            rep.click("[data-test=register-enterprise]");
            rep.wait.until(d -> code.equals(d.findElement(By.cssSelector("[data-test=acting-for]")).getDomProperty("value")));
            rep.visible("[data-test=member-form]");
            assertThat(rep.find("[data-test=my-role]").getText()).isEqualTo("法定代表人");
            rep.step("enterprise-registered");
        }
        String members = "/api/identity/enterprises/" + code + "/members";
        Api.Reply added = RunningPlatform.gateway().post(members, representative,
                "{\"username\":\"demo-ent-viewer\",\"role\":\"viewer\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        try {
            String caseId;
            try (Browser filer = new Browser()) {
                filer.login("demo-ent-admin");
                actFor(filer, code);
                filer.open("/apply/" + FOOD_PERMIT);
                filer.visible("[data-test=submit]");
                new Select(filer.find("[data-test=place]")).selectByValue(Steps.COUNTY_MARKET);
                filer.click("[data-test=m-business-licence-upload]");
                filer.click("[data-test=m-id-card-upload]");
                for (String material : List.of("business-licence", "id-card", "premises-layout", "safety-rules", "equipment-list")) {
                    filer.find("[data-test=m-" + material + "-file]").sendKeys(Steps.pdf().toString());
                }
                filer.click("[data-test=submit]");
                filer.waitForState("[data-test=state]", "SUBMITTED");
                caseId = filer.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            }
            try (Browser clerk = new Browser()) {
                clerk.login("demo-clerk").open("/work/" + caseId);
                clerk.click("[data-test=accept]");
                clerk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=error]")).isEmpty()
                        || d.findElements(By.cssSelector("[data-test=state]")).stream()
                                .anyMatch(e -> "ACCEPTED".equals(e.getDomAttribute("data-state"))));
                assertThat(clerk.all("[data-test=error]")).as("the clerk accepts the enterprise's case: %s",
                        clerk.all("[data-test=error]").stream().map(WebElement::getText).toList()).isEmpty();
                foodPermitData(clerk, name);
                Steps.giveOpinion(clerk, "材料齐全，符合许可条件");
                clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            }
            try (Browser reviewer = new Browser()) {
                reviewer.login("demo-reviewer").open("/work/" + caseId);
                Steps.giveOpinion(reviewer, "审核同意");
                reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            }
            try (Browser approver = new Browser()) {
                approver.login("demo-approver").open("/work/" + caseId);
                Steps.giveOpinion(approver, "准予许可");
                approver.waitForState("[data-test=state]", "APPROVED");
                approver.step("enterprise-case-approved");
            }
            String number;
            try (Browser viewer = new Browser()) {
                viewer.login("demo-ent-viewer");
                actFor(viewer, code);
                viewer.open("/case/" + caseId);
                number = Steps.awaitIssued(viewer, caseId);
                viewer.open("/wallet");
                viewer.visible("[data-test=wallet] li[data-number='" + number + "']");
                viewer.step("enterprise-viewer-wallet");
            }
            Api.Reply wallet = send(code, "GET", "/api/certificates/wallet", viewerToken, null);
            assertThat(wallet.status()).as(wallet.body()).isEqualTo(200);
            assertThat(wallet.body()).contains(number);
            Api.Reply own = RunningPlatform.gateway().get("/api/certificates/wallet", viewerToken);
            assertThat(own.body()).as("the licence is the enterprise's, not the viewer's own").doesNotContain(number);
        } finally {
            String subject = Steps.subject(viewerToken);
            RunningPlatform.gateway().send("DELETE", members + "/" + subject, representative, null, Map.of());
        }
    }

    /** The food business permit's data, as the clerk types it into the form its certificate type defines. */
    private static void foodPermitData(Browser clerk, String enterpriseName) {
        Map<String, String> values = Map.of("operatorName", enterpriseName, "premises", "同心县豫海镇长征路 12 号",
                "mainForm", "食品销售经营者", "operatingItems", "预包装食品销售", "name", enterpriseName,
                "legalRepresentative", "杨建国", "address", "同心县豫海镇长征路 12 号");
        Steps.fillCertificateForm(clerk, values);
    }
}

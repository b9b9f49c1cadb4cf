package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 20 at the window: a walk-in applicant (registered, with a resident identity card in the wallet,
 * shared with the county market regulation bureau) shows the e-certificate instead of a paper copy. The
 * clerk files the counter case, names the card for the identity-card material by its number (in English
 * once: an empty number is refused next to the field in the service's words), uploads the rest and
 * submits; the reviewer opens "查看证照" on the material and reads the type's name, the holder and their
 * kind, the issuing department and division by name and the validity, never their codes.
 */
class CounterCertificateJourneyIT {

    private static final String DEPARTMENT = "county-market-regulation";
    private static final String NAME = "马晓东";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Api gateway = RunningPlatform.gateway();
    private final Api identity = new Api(System.getProperty("platform.identity", "http://localhost:8081"));

    @Test
    void theWindowClerkNamesTheWalkInApplicantsECertificateAndTheReviewerReadsIt() throws Exception {
        String idNumber = Steps.freshIdNumber();
        String holderToken = registered(idNumber);
        String number = Steps.issueIdentityCard(Steps.subject(holderToken), NAME, 7);
        LocalDate today = LocalDate.now(CHINA);
        Api.Reply shared = gateway.post("/api/certificates/wallet/" + number + "/shares", holderToken, """
                {"department":"%s","purpose":"窗口办理个体工商户设立登记时代替身份证复印件","from":"%s","until":"%s"}"""
                .formatted(DEPARTMENT, today, today.plusDays(30)));
        assertThat(shared.status()).as(shared.body()).isIn(200, 201);

        String caseId;
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/window");
            clerk.visible("[data-test=counter-create]");
            clerk.click("#lang");
            clerk.wait.until(d -> "Create the case".equals(d.findElement(By.cssSelector("[data-test=counter-create]")).getText()));
            new Select(clerk.find("[data-test=counter-item]")).selectByValue(Steps.ITEM);
            clerk.type("[data-test=counter-name]", NAME);
            clerk.type("[data-test=counter-id]", idNumber);
            clerk.click("[data-test=counter-checked]");
            clerk.click("[data-test=counter-create]");

            clerk.visible("[data-test=name-certificate]");
            assertThat(clerk.find("[data-test=name-cert-id-card]").getText()).isEqualTo("Use an e-certificate");
            assertThat(clerk.find("[data-test=name-certificate]").getText())
                    .contains("Use an e-certificate for a material").contains("Certificate number").contains("scan");
            clerk.click("[data-test=name-cert-id-card]");
            assertThat(clerk.visible("[data-test=name-certificate] [data-test=field-error]").getText()).isNotBlank();
            assertThat(clerk.find("[data-test=name-cert-number-id-card]").getDomAttribute("aria-invalid")).isEqualTo("true");
            clerk.step("counter-certificate-number-missing-en");

            clerk.type("[data-test=name-cert-number-id-card]", number);
            clerk.click("[data-test=name-cert-id-card]");
            clerk.wait.until(d -> d.findElements(By.cssSelector("[data-test=case-materials] li[data-material=id-card]")).stream()
                    .anyMatch(li -> li.getText().contains(number)));
            assertThat(clerk.find("[data-test=material-check-id-card]").getDomAttribute("data-check")).isEqualTo("checked");
            assertThat(clerk.all("[data-test=counter-file-id-card]")).as("no copy asked for any more").isEmpty();
            clerk.step("counter-certificate-named-en");

            for (String material : Steps.SCJG_001_UPLOADS) {
                clerk.find("[data-test=counter-file-" + material + "]").sendKeys(Steps.pdf().toString());
            }
            clerk.click("[data-test=counter-submit]");
            clerk.waitForState("[data-test=state]", "SUBMITTED");
            caseId = clerk.driver.getCurrentUrl().replaceFirst(".*#/work/", "").replaceFirst("[?].*", "");
            clerk.step("counter-certificate-case-submitted");
        }

        try (Browser reviewer = new Browser()) {
            reviewer.login("demo-reviewer").open("/work/" + caseId);
            reviewer.waitForState("[data-test=state]", "SUBMITTED");
            reviewer.click("[data-test=view-cert-id-card]");
            String card = reviewer.visible("[data-test=material-cert-id-card]").getText();
            assertThat(card).contains("居民身份证").contains(number).contains(NAME).contains("自然人")
                    .contains("有效期自").contains("%d年%d月%d日".formatted(today.getYear(), today.getMonthValue(), today.getDayOfMonth()))
                    .contains("有效期至")
                    .doesNotContain("county-public-security").doesNotContain("640324000000").doesNotContain("resident-id-card")
                    .doesNotContain("person");
            assertThat(reviewer.find("[data-test=material-cert-id-card] [data-test=shared-issuer]").getText())
                    .as("the issuing department and division, by name").contains("公安局").contains(" · ");
            reviewer.step("reviewer-reads-counter-certificate");
        }
        Api.Reply uses = gateway.get("/api/certificates/wallet/" + number + "/uses", holderToken);
        assertThat(uses.json().get("uses").size()).as("the holder sees the bureau's read").isGreaterThanOrEqualTo(1);
    }

    /** A citizen who registered (and was verified) with this identity number; their access token. */
    private String registered(String idNumber) {
        String username = "e2e-walkin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "E2e-" + UUID.randomUUID().toString().substring(0, 8) + "x9";
        Api.Reply registered = identity.post("/api/identity/registrations", null, """
                {"username":"%s","password":"%s","name":"%s","idNumber":"%s","phone":"139%08d"}"""
                .formatted(username, password, NAME, idNumber, ThreadLocalRandom.current().nextInt(100_000_000)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return RunningPlatform.tokenRequest(Map.of("grant_type", "password", "client_id", "gov-portal",
                "username", username, "password", password)).get("access_token").asString();
    }
}

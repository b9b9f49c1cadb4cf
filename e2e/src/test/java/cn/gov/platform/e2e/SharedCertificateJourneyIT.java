package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 20: certificates used instead of paper copies, in the browser. A citizen holds a resident
 * identity card in the wallet (issued the way intake's service account issues one, as
 * {@link CertificatesIT} does) and names it for the identity-card material of a draft application
 * on the case page ("使用电子证照", the PUT after filing); the application is submitted; the citizen
 * shares the card with the county market regulation bureau; the bureau's clerk reads it on the
 * "共享证照" page by number (and is told in words when a number is not shared), and opens "查看证照"
 * on the case's material. What the clerk reads is the type's name, the fields' labels and the
 * departments' names, never their codes.
 */
class SharedCertificateJourneyIT {

    private static final String DEPARTMENT = "county-market-regulation";
    private final Api gateway = RunningPlatform.gateway();

    @Test
    void aCitizenNamesAndSharesAnIdentityCardAndTheBureauReadsItOnTheSharedPageAndOnTheCase() throws Exception {
        String citizenToken = RunningPlatform.login("demo-citizen");
        String number = Steps.issueIdentityCard(Steps.subject(citizenToken), "马文清", 8);
        String caseId = draftWithUploads(citizenToken);

        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "DRAFT");
            citizen.visible("[data-test=name-certificate]");
            new Select(citizen.find("[data-test=name-cert-wallet-id-card]")).selectByValue(number);
            citizen.step("citizen-names-certificate");
            citizen.click("[data-test=name-cert-id-card]");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=case-materials] li[data-material=id-card]")).getText().contains(number));
            citizen.step("citizen-certificate-named");
        }
        Api.Reply submitted = gateway.post("/api/intake/cases/" + caseId + "/submit", citizenToken, "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/cert/" + number);
            assertThat(citizen.visible("[data-test=cert-number]").getText()).isEqualTo(number);
            new Select(citizen.find("[data-test=share-department]")).selectByValue(DEPARTMENT);
            citizen.type("[data-test=share-purpose]", "办理个体工商户设立登记时代替身份证复印件");
            citizen.click("[data-test=share-submit]");
            citizen.visible("[data-test=share-list] li");
            citizen.step("citizen-shares-identity-card");
        }

        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work");
            clerk.click("[data-test=work-shared]");
            clerk.type("[data-test=shared-number-input]", "SFZ-NOT-A-NUMBER");
            clerk.click("[data-test=shared-look-up]");
            assertThat(clerk.visible("[data-test=field-error]").getText()).contains("证照编号格式不正确");
            clerk.find("[data-test=shared-number-input]").clear();
            clerk.type("[data-test=shared-number-input]", "SFZ-2026-640324-9%05d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000)));
            clerk.click("[data-test=shared-look-up]");
            assertThat(clerk.visible("[data-test=shared-refused]").getText()).contains("尚未向本部门共享");
            clerk.step("clerk-shared-not-found");
            clerk.find("[data-test=shared-number-input]").clear();
            clerk.type("[data-test=shared-number-input]", number);
            clerk.click("[data-test=shared-look-up]");
            String card = clerk.visible("[data-test=shared-card]").getText();
            assertThat(card).contains("居民身份证").contains("马文清").contains("姓名").contains("住址").contains("签发机关")
                    .contains("公安局").contains("代替身份证复印件").contains("有效")
                    .doesNotContain("county-public-security").doesNotContain("resident-id-card").doesNotContain("issuingAuthority");
            clerk.step("clerk-reads-shared-certificate");

            clerk.open("/work/" + caseId);
            clerk.waitForState("[data-test=state]", "SUBMITTED");
            clerk.click("[data-test=view-cert-id-card]");
            String material = clerk.visible("[data-test=material-cert-id-card]").getText();
            assertThat(material).contains("居民身份证").contains(number).contains("马文清").contains("出生").contains("公安局")
                    .doesNotContain("birthDate").doesNotContain("county-public-security");
            clerk.step("clerk-views-material-certificate");
        }

        // The holder sees both reads in the certificate's use log.
        Api.Reply uses = gateway.get("/api/certificates/wallet/" + number + "/uses", citizenToken);
        assertThat(uses.status()).isEqualTo(200);
        assertThat(uses.json().get("uses").size()).isGreaterThanOrEqualTo(2);
    }

    /**
     * A supplement asks again for the identity card that was uploaded: the citizen names the card from
     * the wallet on the case page instead of uploading a copy (an empty choice is refused next to the
     * control in the service's words), then resubmits.
     */
    @Test
    void aSupplementForTheIdentityCardIsAnsweredWithTheWalletsCard() throws Exception {
        String citizenToken = RunningPlatform.login("demo-citizen");
        String number = Steps.issueIdentityCard(Steps.subject(citizenToken), "马文清", 8);
        String caseId = draftWithUploads(citizenToken);
        Api.Reply card = gateway.uploadFile("PUT", "/api/intake/cases/" + caseId + "/materials/id-card", citizenToken,
                "id-card.pdf", "application/pdf", Files.readAllBytes(Steps.pdf()));
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        Api.Reply submitted = gateway.post("/api/intake/cases/" + caseId + "/submit", citizenToken, "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply asked = gateway.post("/api/intake/cases/" + caseId + "/supplement-request", RunningPlatform.login("demo-clerk"), """
                {"note":"身份证复印件不清晰","defects":[{"materialCode":"id-card","explanation":"请提供清晰的身份证或使用电子证照"}]}
                """);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);

        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "SUPPLEMENT_REQUESTED");
            citizen.click("[data-test=name-cert-id-card]");
            assertThat(citizen.visible("[data-test=name-certificate] [data-test=field-error]").getText()).contains("电子证照编号");
            citizen.step("citizen-supplement-certificate-refused");
            new Select(citizen.find("[data-test=name-cert-wallet-id-card]")).selectByValue(number);
            citizen.click("[data-test=name-cert-id-card]");
            citizen.wait.until(d -> d.findElement(By.cssSelector("[data-test=case-materials] li[data-material=id-card]")).getText().contains(number));
            citizen.step("citizen-supplement-certificate-named");
            citizen.click("[data-test=resubmit]");
            citizen.waitForState("[data-test=state]", "SUBMITTED");
            citizen.step("citizen-resubmitted-with-certificate");
        }
    }

    /** A draft of SCJG-001 at the county bureau with every uploaded material, the identity card still to be given. */
    private String draftWithUploads(String token) throws Exception {
        Api.Reply draft = gateway.send("POST", "/api/intake/cases", token, """
                {"itemCode":"%s","division":"640324000000","department":"%s","draft":true}
                """.formatted(Steps.ITEM, DEPARTMENT), Map.of("Idempotency-Key", UUID.randomUUID().toString(),
                "Content-Type", "application/json"));
        assertThat(draft.status()).as(draft.body()).isIn(200, 201);
        String id = draft.json().get("id").asString();
        byte[] pdf = Files.readAllBytes(Steps.pdf());
        for (String material : Steps.SCJG_001_UPLOADS) {
            Api.Reply uploaded = gateway.uploadFile("PUT", "/api/intake/cases/" + id + "/materials/" + material, token,
                    material + ".pdf", "application/pdf", pdf);
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        }
        return id;
    }
}

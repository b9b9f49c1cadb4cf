package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser journeys do again and again, as a person does it on the page. */
final class Steps {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** 个体工商户设立登记: handled by the county market regulation bureau and by Yuhai town. */
    static final String ITEM = "SCJG-001";
    static final String COUNTY_MARKET = "640324000000|county-market-regulation";
    static final String YUHAI_TOWN = "640324100000|yuhai-town-service-center";
    static final List<String> SCJG_001_UPLOADS = List.of("application-form", "premises-proof", "photo");
    private static Path pdf;

    private Steps() {
    }

    /** A small PDF to upload as a material. */
    static synchronized Path pdf() {
        if (pdf == null) {
            try {
                pdf = Files.createTempFile("material", ".pdf");
                byte[] content = new byte[2048];
                byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(head, 0, content, 0, head.length);
                Files.write(pdf, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pdf;
    }

    /** A valid resident identity number (GB 11643 check character) nobody has registered yet. */
    static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String seventeen = "640324" + (1960 + random.nextInt(40)) + "%02d%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28))
                + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    static String subject(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asString();
    }

    /** Files SCJG-001 from the apply form: the chosen place, the identity card from an upload, every upload. */
    static String apply(Browser b, String place, List<String> uploads) {
        b.open("/apply/" + ITEM);
        b.visible("[data-test=submit]");
        new Select(b.find("[data-test=place]")).selectByValue(place);
        b.click("[data-test=m-id-card-upload]");
        b.find("[data-test=m-id-card-file]").sendKeys(pdf().toString());
        for (String material : uploads) {
            b.find("[data-test=m-" + material + "-file]").sendKeys(pdf().toString());
        }
        b.step("apply-form");
        b.click("[data-test=submit]");
        b.waitForState("[data-test=state]", "SUBMITTED");
        return b.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
    }

    /**
     * On a staff queue the browser shows: pages forward (oldest first, 200 a page) until the case is on the
     * page, as a clerk does in a queue longer than a page; fails when the last page does not have it.
     */
    static void pageTo(Browser clerk, String caseId) {
        String item = "li[data-case='" + caseId + "']";
        while (true) {
            clerk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=queue], [data-test=queue-empty]")).isEmpty());
            if (!clerk.all(item).isEmpty()) {
                clerk.visible(item);
                return;
            }
            if (clerk.all("[data-test=queue-next]").isEmpty()) {
                throw new AssertionError("case " + caseId + " is on no page of the queue");
            }
            String page = clerk.find("[data-test=queue-page]").getText();
            clerk.click("[data-test=queue-next]");
            clerk.wait.until(d -> d.findElements(By.cssSelector("[data-test=queue-page]")).stream()
                    .anyMatch(e -> !e.getText().equals(page)));
        }
    }

    static void giveOpinion(Browser b, String reasons) {
        b.visible("[data-test=opinion-form]");
        b.type("[data-test=opinion-reasons]", reasons);
        b.click("[data-test=verdict-approve]");
        b.click("[data-test=opinion-submit]");
    }

    /** The certificate's data, as the clerk types it into the form the certificate type defines. */
    static void enterCertificateData(Browser clerk, String holderName) {
        Map<String, String> values = Map.of("name", holderName + "清真小吃店", "form", "个人经营",
                "premises", "同心县豫海镇示例村 1 号", "businessScope", "小吃服务", "address", "同心县豫海镇示例村 1 号",
                "entityType", "个体工商户", "establishedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "legalRepresentative", holderName, "operator", holderName);
        fillCertificateForm(clerk, values);
    }

    /** Types {@code values} into the empty fields of the certificate form the type defines, saves, and waits for the draft. */
    static void fillCertificateForm(Browser clerk, Map<String, String> values) {
        clerk.visible("[data-test=cert-save]");
        for (WebElement input : clerk.all("input[data-test^=cert-]")) {
            String name = input.getDomAttribute("name");
            if (input.getDomProperty("value").isBlank() && values.containsKey(name)) {
                input.sendKeys(values.get(name));
            }
        }
        clerk.click("[data-test=cert-save]");
        clerk.wait.until(d -> d.findElements(By.cssSelector("[data-test=issuance]")).stream()
                .anyMatch(e -> "DRAFT".equals(e.getDomAttribute("data-issuance"))));
    }

    /** Reloads the case page until intake has issued the certificate from its event stream. */
    static String awaitIssued(Browser browser, String caseId) {
        long until = System.currentTimeMillis() + 90_000;
        while (true) {
            List<WebElement> card = browser.all("[data-test=issuance]");
            if (!card.isEmpty() && "ISSUED".equals(card.get(0).getDomAttribute("data-issuance"))) {
                return browser.find("[data-test=issued-number]").getText();
            }
            List<WebElement> problem = browser.all("[data-test=issuance-problem]");
            assertThat(problem).as("the registry refused the certificate: %s",
                    problem.isEmpty() ? "" : problem.get(0).getText()).isEmpty();
            assertThat(System.currentTimeMillis()).as("certificate of case %s issued within 90 s", caseId).isLessThan(until);
            pause(3000);
            browser.open("/case/" + caseId);
            browser.wait.until(d -> !d.findElements(By.cssSelector("[data-test=state]")).isEmpty());
            browser.wait.until(d -> !d.findElements(By.cssSelector("[data-test=issuance]")).isEmpty()
                    || !d.findElements(By.cssSelector("[data-test=error]")).isEmpty());
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET through the gateway with a token, as JSON. */
    static JsonNode get(String path, String token) {
        cn.gov.platform.testkit.Api.Reply reply = RunningPlatform.gateway().get(path, token);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return reply.json();
    }

    /**
     * A resident identity card in the holder's wallet, issued as intake's service account issues one
     * (by the county public security bureau, valid from today). {@code serialDigit} keeps one journey's
     * case numbers apart from another's. The idHash stands in for identity's keyed fingerprint of the
     * identity number: the wallet finds the card by its subject.
     */
    static String issueIdentityCard(String holder, String name, int serialDigit) {
        String service = RunningPlatform.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "svc-intake",
                "client_secret", "local-intake-secret")).get("access_token").asString();
        String idHash;
        try {
            idHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("e2e-identity-card-" + holder).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String body = """
                {"caseNumber":"640324-2026-%d%06d","typeCode":"resident-id-card",
                 "holder":{"subject":"%s","kind":"person","displayName":"%s","idHash":"%s"},
                 "issuingDepartment":"county-public-security","issuingDivision":"640324000000",
                 "fields":{"name":"%s","sex":"男","ethnicity":"回族","birthDate":"1985-03-12",
                           "address":"宁夏同心县豫海镇示例村 1 号","issuingAuthority":"同心县公安局","validityPeriod":"2016.03.12-2036.03.12"},
                 "validFrom":"%s"}
                """.formatted(serialDigit, ThreadLocalRandom.current().nextInt(1_000_000), holder, name, idHash, name,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        cn.gov.platform.testkit.Api.Reply issued = new cn.gov.platform.testkit.Api(
                System.getProperty("platform.certificates", "http://localhost:8083"))
                .post("/api/certificates/internal/certificates", service, body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("number").asString();
    }
}

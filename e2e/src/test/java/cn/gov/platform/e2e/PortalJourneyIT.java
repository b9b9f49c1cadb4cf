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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's journey in a real browser against the running platform: a village agent records a
 * villager's consent and files for them; the villager sees the case; the county market
 * regulation bureau's clerk accepts it and gives the handler's opinion, the reviewer and the
 * approver follow along the decision chain. Every person logs in through Keycloak's own login
 * page. Screenshots of each step go to {@code e2e/target/screenshots}.
 */
class PortalJourneyIT {

    /** demo-citizen's identity number as identity's demo data registers it (a valid, invented number). */
    private static final String VILLAGER_ID = "640324198503120411";
    /** 个体工商户设立登记: handled by the county market regulation bureau, where the demo staff work. */
    private static final String ITEM = "SCJG-001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path pdf;

    @BeforeAll
    static void files() throws IOException {
        pdf = Files.createTempFile("material", ".pdf");
        byte[] content = new byte[2048];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        Files.write(pdf, content);
    }

    @Test
    void anAgentFilesForAVillagerWhoSeesTheCaseWhileStaffAcceptAndApproveAlongTheChain() {
        String villager = subject(RunningPlatform.login("demo-citizen"));
        String caseId;

        try (Browser agent = new Browser()) {
            agent.login("demo-agent").open("/agent");
            agent.type("[data-test=mandate-id]", VILLAGER_ID);
            agent.click("[data-test=mandate-item-" + ITEM + "]");
            agent.type("[data-test=mandate-attestation]", "村民本人持身份证到代办点当面授权（端到端测试）");
            agent.click("[data-test=mandate-record]");
            String fileFor = "li[data-principal='" + villager + "'] [data-test=file-" + ITEM + "]";
            agent.visible(fileFor);
            agent.step("agent-mandate-recorded");

            agent.click(fileFor);
            agent.visible("[data-test=submit]");
            // The form fills in the chosen principal once the agent's mandates have loaded.
            agent.wait.until(d -> villager.equals(d.findElement(By.cssSelector("[data-test=principal]")).getDomAttribute("data-subject")));
            assertThat(agent.find("[data-test=principal]").getText()).as("the principal by name").isNotBlank().doesNotContain(villager);
            new Select(agent.find("[data-test=place]")).selectByValue("640324000000|county-market-regulation");
            agent.click("[data-test=m-id-card-upload]");
            for (String material : List.of("id-card", "application-form", "premises-proof", "photo")) {
                agent.find("[data-test=m-" + material + "-file]").sendKeys(pdf.toString());
            }
            agent.step("agent-apply-form");
            agent.click("[data-test=submit]");
            agent.waitForState("[data-test=state]", "SUBMITTED");
            caseId = agent.driver.getCurrentUrl().replaceFirst(".*#/case/", "");
            agent.step("agent-filed");

            agent.open("/cases");
            agent.visible("li[data-case='" + caseId + "']");
            agent.step("agent-cases-filed");
        }

        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/cases");
            citizen.visible("li[data-case='" + caseId + "']");
            citizen.step("villager-sees-case");
            citizen.click("li[data-case='" + caseId + "'] a");
            citizen.waitForState("[data-test=state]", "SUBMITTED");
            citizen.step("villager-case-detail");
        }

        String caseNumber = staffDecide(caseId);

        try (Browser citizen = new Browser()) {
            citizen.login("demo-citizen").open("/case/" + caseId);
            citizen.waitForState("[data-test=state]", "APPROVED");
            assertThat(citizen.find("[data-test=case-number]").getText()).isEqualTo(caseNumber);
            citizen.step("villager-approved");
            // The clerk's opening of the photo is on the record the applicant sees.
            citizen.visible("[data-test=material-opening]");
            assertThat(citizen.find("[data-test=material-openings]").getText()).contains("demo-clerk");
            citizen.step("villager-material-openings");
            walletAndVerify(citizen, caseId, "villager");
        }
    }

    /**
     * Issue 17, point 2: a walk-in applicant without an account is served at the county window: the
     * clerk enters the person and the identity document checked (an invalid ID number is named next to
     * its field), creates the case, uploads the materials handed over, submits and accepts it. Point 3:
     * the clerk hands over the receipt (the PDF behind the page's link holds the case number; anyone checks
     * its number and checksum on the verification page), and after the chain's approval the decision notice.
     */
    @Test
    void aWalkInApplicantWithoutAnAccountIsServedAtTheCountyWindow() {
        String caseNumber;
        String caseId;
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/window");
            new Select(clerk.find("[data-test=counter-item]")).selectByValue(ITEM);
            clerk.type("[data-test=counter-name]", "马小花");
            clerk.type("[data-test=counter-id]", "640324199001011234");
            clerk.type("[data-test=counter-phone]", "13909531234");
            clerk.click("[data-test=counter-checked]");
            clerk.click("[data-test=counter-create]");
            clerk.visible("[data-test=field-error]");
            assertThat(clerk.find("[data-test=counter-id]").getDomAttribute("aria-invalid")).isEqualTo("true");
            clerk.step("counter-invalid-id-number");

            clerk.type("[data-test=counter-id]", walkInIdNumber());
            clerk.click("[data-test=counter-create]");
            clerk.visible("[data-test=counter-file-application-form]");
            for (String material : List.of("id-card", "application-form", "premises-proof", "photo")) {
                clerk.find("[data-test=counter-file-" + material + "]").sendKeys(pdf.toString());
            }
            clerk.step("counter-case-created");
            clerk.click("[data-test=counter-submit]");
            clerk.waitForState("[data-test=state]", "SUBMITTED");
            clerk.step("counter-submitted");
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            assertThat(clerk.find("[data-test=case-number]").getText()).matches("640324-\\d{4}-\\d{7}");
            clerk.step("counter-accepted");

            // Issue 17, point 3: the receipt as a PDF, with its number and checksum, verifiable by anyone.
            caseNumber = clerk.find("[data-test=case-number]").getText();
            caseId = clerk.driver.getCurrentUrl().replaceFirst(".*#/work/", "").replaceFirst("[?].*", "");
            clerk.click("[data-test=document-receipt]");
            clerk.visible("[data-test=document-pdf-receipt]");
            String number = clerk.find("[data-test=document-number]").getText();
            String checksum = clerk.find("[data-test=document-checksum]").getText();
            assertThat(number).isEqualTo("SLHZ-" + caseNumber);
            assertThat(checksum).matches("[0-9a-f]{64}");
            byte[] receipt = download(clerk, "[data-test=document-download-receipt]");
            assertThat(sha256(receipt)).as("the file the link gives is the one the checksum names").isEqualTo(checksum);
            assertThat(pdfText(receipt)).contains("受理回执", caseNumber);
            clerk.step("counter-receipt");
            try (Browser anyone = new Browser()) {
                anyone.open("/verify-document?number=" + number + "&hash=" + checksum);
                anyone.click("[data-test=verify-document]");
                anyone.visible("[data-test=verify-document-result]");
                assertThat(anyone.find("[data-test=verify-document-result]").getDomAttribute("data-genuine")).isEqualTo("true");
                assertThat(anyone.find("[data-test=verify-document-result]").getText()).contains("真实有效", "受理回执");
                anyone.step("public-verify-receipt");
                anyone.type("[data-test=verify-document-hash]", "0".repeat(64));
                anyone.click("[data-test=verify-document]");
                anyone.wait.until(d -> "false".equals(d.findElement(By.cssSelector("[data-test=verify-document-result]"))
                        .getDomAttribute("data-genuine")));
                assertThat(anyone.find("[data-test=verify-document-result]").getText()).contains("无法核验");
                anyone.step("public-verify-wrong-checksum");
            }

            // The chain decides (one person logged in at a time, as staffDecide does).
            enterCertificateData(clerk);
            giveOpinion(clerk, "材料齐全，符合登记条件");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.step("counter-handler-opinion");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.login("demo-reviewer").open("/work/" + caseId);
            giveOpinion(reviewer, "审核同意");
            reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
        }
        try (Browser approver = new Browser()) {
            approver.login("demo-approver").open("/work/" + caseId);
            giveOpinion(approver, "准予登记");
            approver.waitForState("[data-test=state]", "APPROVED");
        }
        // The clerk hands the applicant the decision notice.
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work/" + caseId);
            clerk.waitForState("[data-test=state]", "APPROVED");
            clerk.click("[data-test=document-decision]");
            clerk.visible("[data-test=document-pdf-decision]");
            assertThat(clerk.find("[data-test=document-number]").getText()).isEqualTo("JDS-" + caseNumber);
            byte[] decision = download(clerk, "[data-test=document-download-decision]");
            assertThat(pdfText(decision)).contains("准予行政许可决定书", caseNumber, "demo-approver");
            clerk.step("counter-decision-notice");
        }
    }

    /**
     * The file behind a link of the page, downloaded by the browser as a person's click would (the portal's CSP
     * keeps the page itself from fetching its blob: addresses).
     */
    private static byte[] download(Browser browser, String css) {
        try {
            Path dir = Files.createTempDirectory("downloads");
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", dir.toString()));
            browser.click(css);
            browser.wait.until(d -> {
                try (var files = Files.list(dir)) {
                    return files.anyMatch(f -> f.toString().endsWith(".pdf") && f.toFile().length() > 0);
                } catch (IOException e) {
                    return false;
                }
            });
            Path file;
            try (var files = Files.list(dir)) {
                file = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.US_ASCII)).as("a PDF")
                    .isEqualTo("%PDF-");
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid resident ID number of Tongxin county not used before (a new person record each run). */
    private static String walkInIdNumber() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String seventeen = "6403241985" + "%02d%02d".formatted(random.nextInt(1, 13), random.nextInt(1, 29))
                + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    /**
     * The wallet, certificate view (QR content, PDF) and public verification in the browser, for a
     * certificate issued the way intake issues one (its service account, straight to the registry,
     * as {@link CertificatesIT} does). The enterprise's own application cannot be the source here:
     * the demo enterprise is on the market-regulation black list, whose additional review step
     * needs a second reviewer the demo realm does not have.
     */
    @Test
    void anEnterpriseSeesItsCertificateWithQrAndPdfAndAnyoneVerifiesItByNumberAndByQr() {
        String token = RunningPlatform.login("demo-enterprise");
        String number = issueFoodPermitTo(subject(token));
        try (Browser enterprise = new Browser()) {
            enterprise.login("demo-enterprise");
            certificateInWallet(enterprise, number, "enterprise");
        }
    }

    private static String issueFoodPermitTo(String holder) {
        String service = RunningPlatform.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "svc-intake",
                "client_secret", "local-intake-secret")).get("access_token").asString();
        String body = """
                {"caseNumber":"640324-2026-9%06d","typeCode":"food-operation-permit",
                 "holder":{"subject":"%s","kind":"enterprise","displayName":"同心县豫海商贸有限公司","creditCode":"91640324MA76TX0DXL"},
                 "issuingDepartment":"county-market-regulation","issuingDivision":"640324000000",
                 "fields":{"operatorName":"同心县豫海商贸有限公司","premises":"同心县豫海镇长征路 12 号",
                           "mainForm":"食品销售经营者","operatingItems":"预包装食品销售"},
                 "validFrom":"%s"}
                """.formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000), holder, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        cn.gov.platform.testkit.Api.Reply issued = new cn.gov.platform.testkit.Api(
                System.getProperty("platform.certificates", "http://localhost:8083"))
                .post("/api/certificates/internal/certificates", service, body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("number").asString();
    }

    /** The county market regulation bureau's chain: the clerk accepts, enters the certificate data and gives the handler's opinion; reviewer and approver follow. */
    private static String staffDecide(String caseId) {
        String caseNumber;
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work?state=SUBMITTED");
            Steps.pageTo(clerk, caseId);
            clerk.step("clerk-queue");
            clerk.click("li[data-case='" + caseId + "'] a");
            // Issue 17, point 1: the clerk opens the applicant's photo in place, with its checksum.
            clerk.click("[data-test=preview-photo]");
            clerk.visible("[data-test=preview-pdf-photo]");
            assertThat(clerk.find("[data-test=checksum-photo]").getText()).matches("[0-9a-f]{64}");
            clerk.step("clerk-material-preview");
            clerk.click("[data-test=accept]");
            clerk.waitForState("[data-test=state]", "ACCEPTED");
            caseNumber = clerk.find("[data-test=case-number]").getText();
            assertThat(caseNumber).matches("640324-\\d{4}-\\d{7}");
            clerk.step("clerk-accepted");
            enterCertificateData(clerk);
            clerk.step("clerk-certificate-data");
            giveOpinion(clerk, "材料齐全，符合登记条件");
            clerk.waitForState("[data-test=state]", "UNDER_REVIEW");
            clerk.step("clerk-handler-opinion");
        }
        try (Browser reviewer = new Browser()) {
            reviewer.login("demo-reviewer").open("/work/" + caseId);
            giveOpinion(reviewer, "审核同意");
            reviewer.wait.until(d -> d.findElements(By.cssSelector("[data-test=opinion-form]")).isEmpty());
            reviewer.step("reviewer-opinion");
        }
        try (Browser approver = new Browser()) {
            approver.login("demo-approver").open("/work/" + caseId);
            giveOpinion(approver, "准予登记");
            approver.waitForState("[data-test=state]", "APPROVED");
            approver.step("approver-approved");
        }
        return caseNumber;
    }

    /** The holder finds the certificate issued on approval in their wallet, with its QR and PDF; anyone verifies it. */
    private static void walletAndVerify(Browser holder, String caseId, String who) {
        // Intake issues the certificate from its event stream, a moment after the approval.
        awaitIssued(holder, caseId);
        holder.step(who + "-certificate-issued");
        certificateInWallet(holder, holder.find("[data-test=issued-number]").getText(), who);
    }

    private static void certificateInWallet(Browser holder, String certificate, String who) {
        holder.open("/wallet");
        holder.visible("li[data-number='" + certificate + "']");
        holder.step(who + "-wallet");
        holder.click("li[data-number='" + certificate + "'] a");
        assertThat(holder.visible("[data-test=cert-number]").getText()).isEqualTo(certificate);
        String qr = String.valueOf(holder.find("[data-test=qr]").getDomProperty("textContent")).trim();
        holder.visible("[data-test=qr-image]");
        assertThat(qr).contains(certificate);
        holder.click("[data-test=pdf]");
        holder.wait.until(d -> !d.findElements(By.cssSelector("a[download='" + certificate + ".pdf']")).isEmpty());
        holder.step(who + "-certificate");

        try (Browser anyone = new Browser()) {
            anyone.open("/verify");
            anyone.type("[data-test=verify-number]", certificate);
            anyone.click("[data-test=verify-by-number]");
            assertThat(anyone.visible("[data-test=verdict]").getDomAttribute("data-status")).isEqualTo("valid");
            anyone.step(who + "-public-verify-number");
            anyone.js("document.querySelector('[data-test=verify-result]').replaceChildren()");
            anyone.type("[data-test=verify-qr]", qr);
            anyone.click("[data-test=verify-by-qr]");
            anyone.wait.until(d -> "valid".equals(d.findElement(By.cssSelector("[data-test=verdict]")).getDomAttribute("data-status")));
            anyone.step(who + "-public-verify-qr");
        }
    }

    private static void awaitIssued(Browser browser, String caseId) {
        long until = System.currentTimeMillis() + 90_000;
        while (true) {
            List<org.openqa.selenium.WebElement> card = browser.all("[data-test=issuance]");
            if (!card.isEmpty() && "ISSUED".equals(card.get(0).getDomAttribute("data-issuance"))) {
                return;
            }
            List<org.openqa.selenium.WebElement> problem = browser.all("[data-test=issuance-problem]");
            assertThat(problem).as("the registry refused the certificate: %s",
                    problem.isEmpty() ? "" : problem.get(0).getText()).isEmpty();
            assertThat(System.currentTimeMillis()).as("certificate of case %s issued within 90 s", caseId)
                    .isLessThan(until);
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            browser.open("/case/" + caseId);
            browser.wait.until(d -> !d.findElements(By.cssSelector("[data-test=state]")).isEmpty());
            browser.wait.until(d -> !d.findElements(By.cssSelector("[data-test=issuance]")).isEmpty()
                    || !d.findElements(By.cssSelector("[data-test=error]")).isEmpty());
        }
    }

    /** The certificate's data, as the clerk types it into the form the certificate type defines. */
    private static void enterCertificateData(Browser clerk) {
        Map<String, String> values = Map.of("name", "同心县豫海镇马文清清真小吃店", "form", "个人经营",
                "premises", "同心县豫海镇示例村 1 号", "businessScope", "小吃服务", "address", "同心县豫海镇示例村 1 号",
                "entityType", "个体工商户", "establishedOn", java.time.LocalDate.now().toString(),
                "legalRepresentative", "马文清");
        clerk.visible("[data-test=cert-save]");
        for (var input : clerk.all("input[data-test^=cert-]")) {
            String name = input.getDomAttribute("name");
            if (input.getDomProperty("value").isBlank() && values.containsKey(name)) {
                input.sendKeys(values.get(name));
            }
        }
        clerk.click("[data-test=cert-save]");
        clerk.wait.until(d -> d.findElements(By.cssSelector("[data-test=issuance]")).stream()
                .anyMatch(e -> "DRAFT".equals(e.getDomAttribute("data-issuance"))));
    }

    @Test
    void everyPageFitsA375PixelScreenForEachKindOfUser() {
        try (Browser anyone = new Browser()) {
            anyone.open("/");
            anyone.step("public-home");
            anyone.open("/catalogue?q=" + java.net.URLEncoder.encode("营业执照", StandardCharsets.UTF_8));
            anyone.visible("[data-test=items] a[data-code]");
            anyone.step("public-catalogue");
            anyone.open("/item/" + ITEM);
            anyone.visible("section.card");
            anyone.visible("[data-test=fees]");
            String form = anyone.visible("[data-test=sample-form]").getDomAttribute("href");
            assertThat(RunningPlatform.gateway().get(form, null).status()).as("the sample form %s is served", form).isEqualTo(200);
            anyone.step("public-guide");
            anyone.open("/item/ZRZY-001");
            assertThat(anyone.visible("[data-test=fee-amount]").getText()).startsWith("¥").endsWith(".00");
            anyone.step("public-guide-fees");
            anyone.open("/register");
            anyone.visible("[data-test=reg-submit]");
            anyone.step("public-register");
            anyone.open("/verify?number=NOT-A-NUMBER");
            assertThat(anyone.visible("[data-test=error]").getText()).as("the service's own words").isNotBlank();
            anyone.step("public-verify-malformed");
            anyone.open("/verify?number=BL-2026-640324-000000");
            anyone.visible("[data-test=verdict]");
            assertThat(anyone.find("[data-test=verdict]").getDomAttribute("data-status")).isEqualTo("unknown");
            anyone.step("public-verify-unknown");
            anyone.open("/credit?code=91640324MA76TX0DXL");
            anyone.visible("[data-test=credit-entries], [data-test=credit-none]");
            anyone.step("public-credit");
        }
        pages("demo-citizen", Map.of("/cases", "citizen-cases", "/wallet", "citizen-wallet", "/inbox", "citizen-inbox",
                "/mandates", "citizen-mandates", "/apply/" + ITEM, "citizen-apply"));
        pages("demo-enterprise", Map.of("/cases", "enterprise-cases", "/wallet", "enterprise-wallet"));
        pages("demo-agent", Map.of("/agent", "agent-desk", "/cases", "agent-cases"));
        pages("demo-clerk", Map.of("/work", "clerk-workbench", "/work/complaints", "clerk-complaints",
                "/work/follow-ups", "clerk-follow-ups", "/certificates", "clerk-certificates", "/me", "clerk-account"));
        pages("demo-approver", Map.of("/credit-work", "approver-credit-work"));
        pages("demo-supervisor", Map.of("/supervision", "supervisor-dashboard"));
        pages("demo-citizen", Map.of("/complaints", "citizen-complaints", "/my-credit", "citizen-credit", "/me", "citizen-account"));
        pages("demo-admin", Map.of("/templates", "admin-templates", "/calendar", "admin-calendar", "/credit-work", "admin-credit-work"));
    }

    @Test
    void switchesTheWholeInterfaceToEnglishAndBack() {
        try (Browser anyone = new Browser()) {
            anyone.open("/catalogue");
            anyone.click("#lang");
            anyone.wait.until(d -> "en".equals(anyone.js("return document.documentElement.lang")));
            assertThat(anyone.find("#page-title").getText()).isEqualTo("Services");
            assertThat(anyone.find("#login").getText()).isEqualTo("Log in");
            // Items and their departments by the catalogue's English names (issue 20, point 2).
            anyone.wait.until(d -> "Registration of an individual business".equals(
                    anyone.find("[data-test=items] a[data-code=SCJG-001]").getText()));
            assertThat(anyone.find("[data-test=item-line-SCJG-001]").getText())
                    .contains("Tongxin County Administration for Market Regulation", "Yuhai Town Service Centre")
                    .doesNotContain("市场监督管理局");
            // Life events as tiles by their English names, and English words find items (issue 20, point 2).
            assertThat(anyone.find("[data-test=life-events]").getText()).contains("Starting a business", "Marriage")
                    .doesNotContainPattern("\\p{IsHan}");
            anyone.step("public-catalogue-english");
            anyone.open("/catalogue?q=shop");
            anyone.wait.until(d -> !anyone.all("[data-test=items] a[data-code=SCJG-001]").isEmpty());
            assertThat(anyone.all("[data-test=items] a").stream().map(a -> a.getAttribute("data-code")).toList())
                    .contains("SCJG-001", "SCJG-002").doesNotContain("MZ-003");
            anyone.step("public-search-english");
            anyone.click("[data-test=items] a[data-code=SCJG-001]");
            anyone.wait.until(d -> "Registration of an individual business".equals(anyone.find("#page-title").getText()));
            assertThat((String) anyone.js("return document.getElementById('main').innerText"))
                    .contains("Applicant's resident identity card", "Tongxin County · Tongxin County Administration for Market Regulation",
                            "Yuhai Town · Yuhai Town Service Centre")
                    .doesNotContain("申请人居民身份证");
            // The guide's texts too: conditions, procedure, result, legal basis, address, fee (issue 20, point 2).
            assertThat(anyone.find("[data-test=conditions]").getText()).contains("A natural person able to run a business")
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(anyone.find("[data-test=procedure]").getText()).contains("Apply online or at the window")
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(anyone.find("[data-test=result]").getText()).isEqualTo("Business licence of an individual business");
            assertThat(anyone.find("[data-test=legal-basis]").getText())
                    .contains("Regulations on Promoting the Development of Individual Businesses");
            assertThat(anyone.find("[data-test=fee-name]").getText()).isEqualTo("Free of charge");
            assertThat(anyone.find("[data-test=item-class]").getText()).isEqualTo("promised");
            assertThat((String) anyone.js("return document.getElementById('main').innerText"))
                    .contains("Tongxin County Government Service Centre, 1st floor", "Starting a business")
                    .doesNotContain("政务服务中心", "有经营能力", "不收费", "《");
            anyone.step("public-item-english");
            anyone.click("#lang");
            anyone.wait.until(d -> "zh-CN".equals(anyone.js("return document.documentElement.lang")));
            anyone.wait.until(d -> "个体工商户设立登记".equals(anyone.find("#page-title").getText()));
            assertThat((String) anyone.js("return document.getElementById('main').innerText"))
                    .contains("申请人居民身份证", "同心县 · 同心县市场监督管理局", "有经营能力的自然人", "网上或窗口提交申请", "不收费");
            assertThat(anyone.find("[data-test=fee-name]").getText()).isEqualTo("不收费");
        }
    }

    private static void pages(String username, Map<String, String> routes) {
        try (Browser browser = new Browser()) {
            browser.login(username);
            routes.forEach((route, name) -> {
                browser.open(route);
                browser.wait.until(d -> d.findElements(By.cssSelector("main [role=status]")).isEmpty());
                browser.step(name);
            });
        }
    }

    private static void giveOpinion(Browser browser, String reasons) {
        browser.visible("[data-test=opinion-form]");
        browser.type("[data-test=opinion-reasons]", reasons);
        browser.click("[data-test=verdict-approve]");
        browser.click("[data-test=opinion-submit]");
    }

    private static String subject(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asString();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

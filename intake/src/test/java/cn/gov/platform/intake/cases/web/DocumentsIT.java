package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: the receipt, the notices and the decision notice as PDFs for the applicant and the
 * case's staff, issued once, numbered, each verifiable online by its number and SHA-256. The PDFs are read
 * back with PDFBox: their Chinese text is set in the CJK font (Debian's fonts-wqy-microhei).
 */
class DocumentsIT extends IntakeIT {

    private static final String FOOD_PERMIT = "SCJG-002";

    /** One document as a client receives it: the bytes, its number and the checksum the service names. */
    private record Pdf(int status, byte[] body, String number, String checksum) {

        String text() throws Exception {
            try (PDDocument document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document);
            }
        }

        String sha256() throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        }
    }

    private Pdf pdf(String token, String id, String kind) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/intake/cases/" + id
                + "/documents/" + kind)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        }
        return new Pdf(response.statusCode(), response.body(),
                response.headers().firstValue("X-Document-Number").orElse(""),
                response.headers().firstValue("X-Checksum-SHA256").orElse(""));
    }

    private String submittedFoodPermit() {
        Api.Reply filed = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-17"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000017"}]}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        for (String material : List.of("premises-layout", "safety-rules", "equipment-list")) {
            Api.Reply uploaded = upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(2048));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        }
        Api.Reply submitted = act(citizen(), id, "submit", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    private String itemName(String id) {
        return api().get("/api/intake/cases/" + id, citizen()).json().get("itemName").asString();
    }

    private String accepted(String id) {
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return accepted.json().get("number").asString();
    }

    /** The chain (handler, reviewer, approver) gives one verdict; the case number. */
    private String decided(String id, String verdict, String legalBasis) {
        String number = accepted(id);
        String basis = legalBasis == null ? "" : ",\"legalBasis\":\"" + legalBasis + "\"";
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"" + verdict + "\",\"reasons\":\"承办意见\"" + basis + "}")
                .status()).isEqualTo(200);
        assertThat(act(reviewer(), id, "opinions", "{\"verdict\":\"" + verdict + "\",\"reasons\":\"审核意见\"" + basis + "}")
                .status()).isEqualTo(200);
        Api.Reply last = act(approver(), id, "opinions", "{\"verdict\":\"" + verdict + "\",\"reasons\":\"批准意见\"" + basis + "}");
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        assertThat(last.json().get("state").asString()).isEqualTo(verdict.equals("APPROVE") ? "APPROVED" : "REJECTED");
        return number;
    }

    private Api.Reply verification(String number, String hash) {
        return api().get("/api/intake/public/documents/" + number + "/verification?hash=" + hash, null);
    }

    /** Right hash: genuine, with the kind and the case; wrong hash: not genuine and nothing more. */
    private void verifiable(Pdf pdf, String kind, String caseReference) throws Exception {
        Api.Reply genuine = verification(pdf.number(), pdf.sha256());
        assertThat(genuine.status()).as(genuine.body()).isEqualTo(200);
        assertThat(genuine.json().get("genuine").asBoolean()).isTrue();
        assertThat(genuine.json().get("kind").asString()).isEqualTo(kind);
        assertThat(genuine.json().get("caseReference").asString()).isEqualTo(caseReference);
        assertThat(genuine.json().get("issuedAt").asString()).isNotBlank();

        String other = (pdf.sha256().charAt(0) == '0' ? "1" : "0") + pdf.sha256().substring(1);
        Api.Reply forged = verification(pdf.number(), other);
        assertThat(forged.status()).as(forged.body()).isEqualTo(200);
        assertThat(forged.json().get("genuine").asBoolean()).isFalse();
        for (String withheld : List.of("kind", "title", "caseReference", "issuedAt")) {
            assertThat(forged.json().path(withheld).isMissingNode() || forged.json().path(withheld).isNull())
                    .as("a forged document learns no " + withheld).isTrue();
        }
    }

    @Test
    void theReceiptComesWithTheAcceptanceIsIssuedOnceAndIsVerifiableWithoutLogin() throws Exception {
        String id = submittedFoodPermit();
        assertThat(pdf(citizen(), id, "receipt").status()).as("before acceptance").isEqualTo(404);
        String number = accepted(id);

        Pdf receipt = pdf(citizen(), id, "receipt");
        Pdf again = pdf(clerk(), id, "receipt");

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.number()).isEqualTo("SLHZ-" + number);
        assertThat(receipt.checksum()).isEqualTo(receipt.sha256());
        assertThat(again.sha256()).as("the same document for the clerk, every time").isEqualTo(receipt.sha256());
        assertThat(receipt.text()).contains("受理回执", number, itemName(id), "承诺办结日期");
        verifiable(receipt, "RECEIPT", number);
    }

    @Test
    void aNumberNeverIssuedIs404AndAChecksumThatIsNoSha256Is400NamingTheField() {
        Api.Reply unknown = verification("SLHZ-640324-2026-9999999", "0".repeat(64));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("DOCUMENT_NOT_FOUND");

        Api.Reply malformed = verification("SLHZ-640324-2026-9999999", "not-a-checksum");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("HASH_INVALID");
        assertThat(malformed.json().get("field").asString()).isEqualTo("hash");
        assertThat(api().get("/api/intake/public/documents/SLHZ-640324-2026-9999999/verification", null).status())
                .as("no checksum at all").isEqualTo(400);
    }

    @Test
    void aNotAcceptedCaseHasItsNoticeWithTheReasonsAndNoReceipt() throws Exception {
        String id = submittedFoodPermit();
        String notice = act(clerk(), id, "refuse", "{\"reason\":\"不属于本部门受理范围\",\"legalBasis\":\"《行政许可法》第三十二条\"}")
                .json().get("noticeNumber").asString();

        Pdf document = pdf(citizen(), id, "not-accepted");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.number()).isEqualTo(notice);
        assertThat(document.text()).contains("不予受理通知书", notice, itemName(id), "不属于本部门受理范围", "第三十二条");
        assertThat(pdf(clerk(), id, "not-accepted").sha256()).isEqualTo(document.sha256());
        assertThat(pdf(citizen(), id, "receipt").status()).isEqualTo(404);
        verifiable(document, "NOT_ACCEPTED", notice);
    }

    @Test
    void theOneTimeNoticeListsWhatIsToBeSupplemented() throws Exception {
        String id = submittedFoodPermit();
        Api.Reply requested = act(clerk(), id, "supplement-request", """
                {"note":"请补正材料","defects":[{"materialCode":"premises-layout","explanation":"图纸不清晰"}]}""");
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);

        Pdf notice = pdf(citizen(), id, "supplement");

        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.number()).startsWith("YCGZ-");
        assertThat(notice.text()).contains("一次性告知书", itemName(id), "图纸不清晰");
        assertThat(pdf(clerk(), id, "supplement").sha256()).isEqualTo(notice.sha256());
        verifiable(notice, "SUPPLEMENT", id);
    }

    @Test
    void anApprovalGivesTheApplicantAndTheStaffTheGrantingDecisionNoticeWithTheChain() throws Exception {
        String id = submittedFoodPermit();
        String number = decided(id, "APPROVE", null);

        Pdf decision = pdf(citizen(), id, "decision");

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.number()).isEqualTo("JDS-" + number);
        assertThat(decision.text()).contains("准予行政许可决定书", number, itemName(id), "demo-clerk", "demo-reviewer",
                "demo-approver", "批准意见").doesNotContain("不予行政许可决定书", "行政复议");
        for (String staff : List.of(clerk(), reviewer(), approver())) {
            assertThat(pdf(staff, id, "decision").sha256()).as("the same notice for the case's staff")
                    .isEqualTo(decision.sha256());
        }
        verifiable(decision, "DECISION", number);
    }

    @Test
    void aRefusalGivesTheRefusingDecisionNoticeWithItsLegalBasisAndTheRemedies() throws Exception {
        String id = submittedFoodPermit();
        String number = decided(id, "REJECT", "《食品安全法》第三十五条");

        Pdf decision = pdf(clerk(), id, "decision");

        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.number()).isEqualTo("JDS-" + number);
        assertThat(decision.text()).contains("不予行政许可决定书", number, itemName(id), "第三十五条", "行政复议",
                "demo-approver");
        assertThat(pdf(citizen(), id, "decision").sha256()).isEqualTo(decision.sha256());
        verifiable(decision, "DECISION", number);
    }

    @Test
    void documentsOfSomeoneElsesCaseAre404AndSoAreDocumentsTheCaseHasNot() throws Exception {
        String id = submittedFoodPermit();
        accepted(id);

        assertThat(pdf(issuer().token("someone-else", "citizen"), id, "receipt").status()).isEqualTo(404);
        assertThat(pdf(issuer().staffToken("demo-township-clerk", YUHAI, MARKET, "clerk"), id, "receipt").status())
                .as("staff of another office").isEqualTo(404);
        assertThat(pdf(citizen(), "no-such-case", "receipt").status()).isEqualTo(404);
        assertThat(pdf(citizen(), id, "licence").status()).isEqualTo(404);
        assertThat(pdf(citizen(), id, "decision").status()).as("not decided yet").isEqualTo(404);
        assertThat(pdf(citizen(), id, "supplement").status()).as("nothing was asked for").isEqualTo(404);
    }
}

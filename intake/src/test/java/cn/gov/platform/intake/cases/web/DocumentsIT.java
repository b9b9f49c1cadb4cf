package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: the receipt, the notices and the decision notice as PDFs, issued once, numbered,
 * each verifiable online by its number and SHA-256.
 */
class DocumentsIT extends IntakeIT {

    @BeforeEach
    void onFebTenth() {
        TestClock.set(LocalDate.parse("2026-02-10").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    private HttpResponse<byte[]> pdf(String token, String id, String kind) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/intake/cases/" + id
                + "/documents/" + kind)).header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String submittedFoodPermit() {
        String id = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-17"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000017"}]}""")
                .json().get("id").asString();
        for (String material : java.util.List.of("premises-layout", "safety-rules", "equipment-list")) {
            assertThat(upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(2048)).status())
                    .isEqualTo(200);
        }
        Api.Reply submitted = act(citizen(), id, "submit", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        return id;
    }

    private Api.Reply verification(String number, String hash) {
        return api().get("/api/intake/public/documents/" + number + "/verification?hash=" + hash, null);
    }

    @Test
    void theReceiptIsIssuedOnceWithItsNumberAndItsHashIsVerifiableWithoutLogin() throws Exception {
        String id = submittedFoodPermit();
        assertThat(pdf(citizen(), id, "receipt").statusCode()).as("before acceptance").isEqualTo(404);
        String number = act(clerk(), id, "accept", "{}").json().get("number").asString();

        HttpResponse<byte[]> receipt = pdf(citizen(), id, "receipt");
        HttpResponse<byte[]> again = pdf(clerk(), id, "receipt");

        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(receipt.headers().firstValue("X-Document-Number").orElseThrow()).isEqualTo("SLHZ-" + number);
        String hash = sha256(receipt.body());
        assertThat(receipt.headers().firstValue("X-Checksum-SHA256").orElseThrow()).isEqualTo(hash);
        assertThat(sha256(again.body())).as("the same document every time").isEqualTo(hash);
        try (PDDocument document = Loader.loadPDF(receipt.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number);
        }

        Api.Reply genuine = verification("SLHZ-" + number, hash);
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.json().get("genuine").asBoolean()).isTrue();
        assertThat(genuine.json().get("kind").asString()).isEqualTo("RECEIPT");
        assertThat(genuine.json().get("caseReference").asString()).isEqualTo(number);
        Api.Reply forged = verification("SLHZ-" + number, "0".repeat(63) + "1");
        assertThat(forged.json().get("genuine").asBoolean()).isFalse();
        assertThat(forged.json().has("caseReference") && !forged.json().get("caseReference").isNull()).isFalse();
        assertThat(verification("SLHZ-640324-2026-9999999", hash).json().get("genuine").asBoolean()).isFalse();
    }

    @Test
    void aNotAcceptedCaseHasItsNoticeAndNoReceipt() throws Exception {
        String id = submittedFoodPermit();
        String notice = act(clerk(), id, "refuse", "{\"reason\":\"不属于本部门受理范围\",\"legalBasis\":\"《行政许可法》第三十二条\"}")
                .json().get("noticeNumber").asString();

        HttpResponse<byte[]> document = pdf(citizen(), id, "not-accepted");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("X-Document-Number").orElseThrow()).isEqualTo(notice);
        assertThat(pdf(citizen(), id, "receipt").statusCode()).isEqualTo(404);
    }

    @Test
    void theOneTimeNoticeIsIssuedForTheRequestToSupplement() throws Exception {
        String id = submittedFoodPermit();
        assertThat(act(clerk(), id, "supplement-request", """
                {"note":"请补正材料","defects":[{"materialCode":"premises-layout","explanation":"图纸不清晰"}]}""")
                .status()).isEqualTo(200);

        HttpResponse<byte[]> notice = pdf(citizen(), id, "supplement");

        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("X-Document-Number").orElseThrow()).startsWith("YCGZ-");
    }

    @Test
    void documentsOfSomeoneElsesCaseAre404AndAnUnknownKindToo() throws Exception {
        String id = submittedFoodPermit();
        act(clerk(), id, "accept", "{}");

        assertThat(pdf(issuer().token("someone-else", "citizen"), id, "receipt").statusCode()).isEqualTo(404);
        assertThat(pdf(citizen(), id, "licence").statusCode()).isEqualTo(404);
        assertThat(pdf(citizen(), id, "decision").statusCode()).as("not decided yet").isEqualTo(404);
    }
}

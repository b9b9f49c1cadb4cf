package cn.gov.platform.certificates.sharing.web;

import cn.gov.platform.certificates.CertificatesIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sharing with a department, the use log the holder sees, and the PDF, over real HTTP. */
class SharingApiIT extends CertificatesIT {

    private static final String TRANSPORT = "county-transport";
    private static final LocalDate TODAY = LocalDate.now(ChinaTime.ZONE);
    private String owner;
    private String number;

    @BeforeEach
    void aCertificateHeldByAnEnterprise() {
        owner = "share-owner-" + UUID.randomUUID();
        Api.Reply issued = api().post("/api/certificates/internal/certificates", issuer().token("svc-intake", "service"),
                Fixtures.foodPermitJson("SL-" + UUID.randomUUID().toString().substring(0, 8),
                        TestIssuer.subjectOf(owner)));
        assertThat(issued.status()).isEqualTo(201);
        number = issued.json().get("number").asString();
    }

    private String holder() {
        return issuer().token(owner, "enterprise");
    }

    private String transportClerk() {
        return issuer().staffToken("demo-clerk", Fixtures.COUNTY, TRANSPORT, "clerk");
    }

    private Api.Reply grant(String token, String from, String until) {
        return api().post("/api/certificates/wallet/" + number + "/shares", token, """
                {"department":"%s","purpose":"办理道路运输经营许可","from":"%s","until":"%s"}
                """.formatted(TRANSPORT, from, until));
    }

    @Test
    void aDepartmentFetchesOnlyUnderAShareAndTheHolderSeesEveryUse() {
        Api.Reply before = api().get("/api/certificates/shared/" + number, transportClerk());
        Api.Reply granted = grant(holder(), TODAY.toString(), TODAY.plusDays(30).toString());
        Api.Reply fetched = api().get("/api/certificates/shared/" + number, transportClerk());
        Api.Reply otherDepartment = api().get("/api/certificates/shared/" + number,
                issuer().staffToken("demo-clerk", Fixtures.COUNTY, "county-health", "clerk"));
        Api.Reply citizen = api().get("/api/certificates/shared/" + number, issuer().token("demo-citizen", "citizen"));
        Api.Reply uses = api().get("/api/certificates/wallet/" + number + "/uses", holder());

        assertThat(before.status()).isEqualTo(404);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("status").asString()).isEqualTo("valid");
        assertThat(fetched.json().get("fields").get("mainForm").asString()).isEqualTo("食品销售经营者");
        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(citizen.status()).isEqualTo(404);
        assertThat(uses.json().get("uses")).hasSize(1);
        assertThat(uses.json().get("uses").get(0).get("department").asString()).isEqualTo(TRANSPORT);
        assertThat(uses.json().get("uses").get(0).get("purpose").asString()).isEqualTo("办理道路运输经营许可");
    }

    @Test
    void intakeFetchesForADepartmentUnderTheSameShareAndTheUseIsLogged() {
        String service = issuer().token("svc-intake", "service");
        Api.Reply before = api().get("/api/certificates/internal/shared/" + number + "?department=" + TRANSPORT, service);
        grant(holder(), TODAY.toString(), TODAY.plusDays(3).toString());
        Api.Reply fetched = api().get("/api/certificates/internal/shared/" + number + "?department=" + TRANSPORT, service);
        Api.Reply notAService = api().get("/api/certificates/internal/shared/" + number + "?department=" + TRANSPORT,
                transportClerk());

        assertThat(before.status()).isEqualTo(404);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("number").asString()).isEqualTo(number);
        assertThat(notAService.status()).isEqualTo(403);
        assertThat(api().get("/api/certificates/wallet/" + number + "/uses", holder()).json().get("uses")).hasSize(1);
    }

    @Test
    void aWithdrawnShareStopsTheDepartment() {
        String shareId = grant(holder(), TODAY.toString(), TODAY.plusDays(5).toString()).json().get("id").asString();

        Api.Reply withdrawn = api().send("DELETE", "/api/certificates/wallet/" + number + "/shares/" + shareId,
                holder(), null, java.util.Map.of());

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(api().get("/api/certificates/shared/" + number, transportClerk()).status()).isEqualTo(404);
        assertThat(api().get("/api/certificates/wallet/" + number + "/uses", holder()).json().get("uses")).isEmpty();
    }

    @Test
    void onlyTheHolderMaySharesAndBadPeriodsAreRefused() {
        Api.Reply stranger = grant(issuer().token("demo-citizen", "citizen"), TODAY.toString(), TODAY.toString());
        Api.Reply tooLong = grant(holder(), TODAY.toString(), TODAY.plusYears(2).toString());
        Api.Reply past = grant(holder(), TODAY.minusDays(3).toString(), TODAY.toString());

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(List.of(tooLong, past)).allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(tooLong.json().get("field").asString()).isEqualTo("until");
        assertThat(api().get("/api/certificates/wallet/" + number + "/shares", holder()).json().get("shares")).isEmpty();
    }

    @Test
    void theHolderDownloadsAPdfAndNobodyElseCan() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/certificates/wallet/" + number + "/pdf"))
                .header("Authorization", "Bearer " + holder()).build(), HttpResponse.BodyHandlers.ofByteArray());
        Api.Reply stranger = api().get("/api/certificates/wallet/" + number + "/pdf",
                issuer().token("demo-citizen", "citizen"));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(number);
        }
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.isProblem()).isTrue();
    }
}

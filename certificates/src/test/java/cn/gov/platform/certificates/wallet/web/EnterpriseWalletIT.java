package cn.gov.platform.certificates.wallet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.CertificatesIT;
import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 1: an enterprise's certificates are in the enterprise's wallet, which every member
 * opens while acting for it ({@code X-Acting-For}); identity (WireMock) is asked on every request,
 * so a removed member is refused at once. Viewers look; only filers and above share.
 */
class EnterpriseWalletIT extends CertificatesIT {

    private static final String CODE = Fixtures.CREDIT_CODE;

    private String issuedToTheEnterprise() {
        Api.Reply reply = api().post("/api/certificates/internal/certificates", issuer().token("svc-intake", "service"),
                Fixtures.foodPermitJson("SL-" + UUID.randomUUID().toString().substring(0, 8),
                        TestIssuer.subjectOf("ew-representative")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("number").asString();
    }

    private static void member(String username, String role) {
        IDENTITY.stubFor(get(urlPathEqualTo(membership(username))).atPriority(1)
                .willReturn(okJson("{\"creditCode\":\"%s\",\"name\":\"同心县清真食品有限公司\",\"role\":\"%s\"}"
                        .formatted(CODE, role))));
    }

    private static void notAMember(String username) {
        IDENTITY.stubFor(get(urlPathEqualTo(membership(username))).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"code\":\"MEMBER_NOT_FOUND\"}")));
    }

    private static String membership(String username) {
        return "/api/identity/internal/enterprises/" + CODE + "/members/" + TestIssuer.subjectOf(username);
    }

    private Api.Reply asMember(String method, String path, String username, @Nullable String body) {
        Map<String, String> headers = body == null ? Map.of("X-Acting-For", CODE)
                : Map.of("X-Acting-For", CODE, "Content-Type", "application/json");
        return api().send(method, path, issuer().token(username, "enterprise"), body, headers);
    }

    private static List<String> numbers(Api.Reply wallet) {
        List<String> numbers = new ArrayList<>();
        wallet.json().get("certificates").forEach(c -> numbers.add(c.get("number").asString()));
        return numbers;
    }

    @Test
    void aViewerSeesTheEnterprisesLicenceInItsWalletButNotInTheirOwn() {
        String number = issuedToTheEnterprise();
        member("ew-viewer", "VIEWER");

        Api.Reply enterpriseWallet = asMember("GET", "/api/certificates/wallet", "ew-viewer", null);
        Api.Reply own = api().get("/api/certificates/wallet", issuer().token("ew-viewer", "enterprise"));
        Api.Reply one = asMember("GET", "/api/certificates/wallet/" + number, "ew-viewer", null);
        Api.Reply pdf = asMember("GET", "/api/certificates/wallet/" + number + "/pdf", "ew-viewer", null);

        assertThat(enterpriseWallet.status()).as(enterpriseWallet.body()).isEqualTo(200);
        assertThat(numbers(enterpriseWallet)).contains(number);
        assertThat(numbers(own)).doesNotContain(number);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("holderName").asString()).isEqualTo("同心县清真食品有限公司");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        IDENTITY.verify(getRequestedFor(urlPathEqualTo(membership("ew-viewer")))
                .withHeader("Authorization", equalTo("Bearer svc-certificates-token")));
    }

    @Test
    void someoneWhoIsNotAMemberIsRefusedNamingTheHeaderAndFindsNothingWithoutIt() {
        String number = issuedToTheEnterprise();
        notAMember("ew-outsider");

        Api.Reply acting = asMember("GET", "/api/certificates/wallet", "ew-outsider", null);
        Api.Reply direct = api().get("/api/certificates/wallet/" + number, issuer().token("ew-outsider", "enterprise"));

        assertThat(acting.status()).isEqualTo(403);
        assertThat(acting.contentType()).startsWith("application/problem+json");
        assertThat(acting.json().get("code").asString()).isEqualTo("NOT_ENTERPRISE_MEMBER");
        assertThat(acting.json().get("field").asString()).isEqualTo("X-Acting-For");
        assertThat(direct.status()).isEqualTo(404);
    }

    @Test
    void aRemovedMemberIsRefusedOnTheVeryNextRequest() {
        issuedToTheEnterprise();
        member("ew-leaver", "FILER");
        assertThat(asMember("GET", "/api/certificates/wallet", "ew-leaver", null).status()).isEqualTo(200);

        notAMember("ew-leaver");

        assertThat(asMember("GET", "/api/certificates/wallet", "ew-leaver", null).status()).isEqualTo(403);
    }

    @Test
    void aViewerMayNotShareButAFilerSharesAndTheShareNamesThePerson() {
        String number = issuedToTheEnterprise();
        member("ew-viewer-2", "VIEWER");
        member("ew-filer", "FILER");
        LocalDate today = ChinaTime.dateOf(TestClock.now());
        String grant = """
                {"department":"%s","purpose":"办理食品经营许可变更","from":"%s","until":"%s"}
                """.formatted(Fixtures.MARKET, today, today.plusDays(30));

        Api.Reply refused = asMember("POST", "/api/certificates/wallet/" + number + "/shares", "ew-viewer-2", grant);
        Api.Reply granted = asMember("POST", "/api/certificates/wallet/" + number + "/shares", "ew-filer", grant);
        Api.Reply seen = asMember("GET", "/api/certificates/wallet/" + number + "/shares", "ew-viewer-2", null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().get("holderSubject").asString()).isEqualTo(TestIssuer.subjectOf("ew-filer"));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(granted.json().get("id").asString());
    }

    @Test
    void aMalformedCodeIsA400NamingTheHeader() {
        Api.Reply reply = api().send("GET", "/api/certificates/wallet", issuer().token("ew-typo", "enterprise"), null,
                Map.of("X-Acting-For", "91350100M000100Y44"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(reply.json().get("field").asString()).isEqualTo("X-Acting-For");
    }

    @Test
    void whenIdentityCannotSayTheEnterprisesWalletStaysClosedWith503() {
        issuedToTheEnterprise();
        IDENTITY.stubFor(get(urlPathEqualTo(membership("ew-unlucky"))).atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        Api.Reply reply = asMember("GET", "/api/certificates/wallet", "ew-unlucky", null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
    }
}

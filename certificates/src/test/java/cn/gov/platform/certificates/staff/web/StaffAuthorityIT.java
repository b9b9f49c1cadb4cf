package cn.gov.platform.certificates.staff.web;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 4: the registry's staff actions (status changes, fetching a shared certificate)
 * are checked with identity's staff check (role, department, division) as intake's are, with
 * WireMock standing in for identity: a token's claims alone grant nothing.
 */
class StaffAuthorityIT extends CertificatesIT {

    private String issued(String holderUser) {
        Api.Reply reply = api().post("/api/certificates/internal/certificates", issuer().token("svc-intake", "service"),
                Fixtures.foodPermitJson("SL-" + UUID.randomUUID().toString().substring(0, 8),
                        TestIssuer.subjectOf(holderUser)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("number").asString();
    }

    private static void identityDoesNotConfirm(String username) {
        IDENTITY.stubFor(get(urlPathEqualTo(STAFF_CHECK)).atPriority(1)
                .withQueryParam("staff", equalTo(TestIssuer.subjectOf(username)))
                .willReturn(okJson("{\"allowed\":false,\"reason\":\"NO_POSITION\"}")));
    }

    private Api.Reply revoke(String number, String token) {
        return api().post("/api/certificates/" + number + "/revocation", token, "{\"reason\":\"许可被撤销\"}");
    }

    @Test
    void aClerkOfTheIssuingDepartmentWhomIdentityDoesNotConfirmFindsNoCertificate() {
        String number = issued("sa-holder-1");
        identityDoesNotConfirm("sa-former-clerk");
        String former = issuer().staffToken("sa-former-clerk", Fixtures.COUNTY, Fixtures.MARKET, "clerk");
        String confirmed = issuer().staffToken("sa-clerk", Fixtures.COUNTY, Fixtures.MARKET, "clerk");

        Api.Reply refused = revoke(number, former);
        Api.Reply done = revoke(number, confirmed);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("CERTIFICATE_NOT_FOUND");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        IDENTITY.verify(getRequestedFor(urlPathEqualTo(STAFF_CHECK))
                .withHeader("Authorization", equalTo("Bearer svc-certificates-token"))
                .withQueryParam("staff", equalTo(TestIssuer.subjectOf("sa-clerk")))
                .withQueryParam("role", equalTo("clerk"))
                .withQueryParam("department", equalTo(Fixtures.MARKET))
                .withQueryParam("division", equalTo(Fixtures.COUNTY)));
    }

    @Test
    void aSharedCertificateIsNotHandedToStaffWhomIdentityDoesNotConfirm() {
        String number = issued("sa-holder-2");
        LocalDate today = ChinaTime.dateOf(TestClock.now());
        Api.Reply granted = api().post("/api/certificates/wallet/" + number + "/shares",
                issuer().token("sa-holder-2", "enterprise"), """
                {"department":"%s","purpose":"办理食品经营许可变更","from":"%s","until":"%s"}
                """.formatted(Fixtures.MARKET, today, today.plusDays(30)));
        assertThat(granted.status()).as(granted.body()).isIn(200, 201);
        identityDoesNotConfirm("sa-former-reviewer");

        Api.Reply refused = api().get("/api/certificates/shared/" + number,
                issuer().staffToken("sa-former-reviewer", Fixtures.COUNTY, Fixtures.MARKET, "reviewer"));
        Api.Reply fetched = api().get("/api/certificates/shared/" + number,
                issuer().staffToken("sa-reviewer", Fixtures.COUNTY, Fixtures.MARKET, "reviewer"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
    }

    @Test
    void whenIdentityCannotConfirmAStaffActionIsRefusedWith503NeverAllowed() {
        String number = issued("sa-holder-3");
        IDENTITY.stubFor(get(urlPathEqualTo(STAFF_CHECK)).atPriority(1).willReturn(aResponse().withStatus(503)));

        Api.Reply reply = revoke(number, issuer().staffToken("sa-clerk-down", Fixtures.COUNTY, Fixtures.MARKET, "clerk"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("code").asString()).isEqualTo("IDENTITY_UNAVAILABLE");
        assertThat(api().get("/api/certificates/verify/" + number, null).json().get("status").asString())
                .isEqualTo("valid");
    }
}

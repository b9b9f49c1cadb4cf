package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certificate registry on the running platform: intake's service account issues (directly,
 * as internal calls never pass the gateway), the holder sees it through the gateway, anyone
 * verifies it without logging in, the issuing department revokes it, the signed status list
 * shows it, and a department fetches a shared certificate while the holder sees that use.
 */
class CertificatesIT {

    private static final String SERVICE = System.getProperty("platform.certificates", "http://localhost:8083");
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Api gateway = RunningPlatform.gateway();

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).get("sub").asString();
    }

    private static String serviceToken() {
        return RunningPlatform.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "svc-intake",
                "client_secret", "local-intake-secret")).get("access_token").asString();
    }

    private JsonNode issueFoodPermitTo(String holderSubject) {
        String body = """
                {"caseNumber":"E2E-%s","typeCode":"food-operation-permit",
                 "holder":{"subject":"%s","kind":"enterprise","displayName":"同心县清真食品有限公司","creditCode":"%s"},
                 "issuingDepartment":"county-market-regulation","issuingDivision":"640324000000",
                 "fields":{"operatorName":"同心县清真食品有限公司","premises":"同心县豫海镇长征路 12 号",
                           "mainForm":"食品销售经营者","operatingItems":"预包装食品销售"},
                 "validFrom":"%s"}
                """.formatted(UUID.randomUUID(), holderSubject, CREDIT_CODE, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Api.Reply issued = new Api(SERVICE).post("/api/certificates/internal/certificates", serviceToken(), body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    private String verify(String number) {
        Api.Reply reply = gateway.get("/api/certificates/verify/" + number, null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("status").asString();
    }

    @Test
    void issuedSeenVerifiedRevokedAndListedThroughTheGateway() {
        String enterprise = RunningPlatform.login("demo-enterprise");
        JsonNode issued = issueFoodPermitTo(subjectOf(enterprise));
        String number = issued.get("number").asString();
        String qr = URLEncoder.encode(issued.get("qr").asString(), StandardCharsets.UTF_8);

        Api.Reply wallet = gateway.get("/api/certificates/wallet", enterprise);
        assertThat(wallet.status()).isEqualTo(200);
        assertThat(wallet.body()).contains(number);
        assertThat(verify(number)).isEqualTo("valid");
        assertThat(gateway.get("/api/certificates/verify?qr=" + qr, null).json().get("status").asString())
                .isEqualTo("valid");

        Api.Reply revoked = gateway.post("/api/certificates/" + number + "/revocation",
                RunningPlatform.login("demo-clerk"), "{\"reason\":\"端到端测试：吊销\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(verify(number)).isEqualTo("revoked");
        assertThat(gateway.get("/api/certificates/verify?qr=" + qr, null).json().get("status").asString())
                .isEqualTo("revoked");
        Api.Reply list = gateway.get("/api/certificates/status-list", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("entries").get(number).asString()).isEqualTo("revoked");
        assertThat(gateway.get("/api/certificates/keys", null).json().get("keys").get(0).get("algorithm").asString())
                .isIn("SM2_SM3", "ED25519");
    }

    @Test
    void staffOfAnotherDepartmentCannotRevokeAndMalformedQrIsA400() {
        String number = issueFoodPermitTo(subjectOf(RunningPlatform.login("demo-enterprise"))).get("number").asString();

        Api.Reply township = gateway.post("/api/certificates/" + number + "/revocation",
                RunningPlatform.login("demo-township-clerk"), "{\"reason\":\"x\"}");
        Api.Reply malformed = gateway.get("/api/certificates/verify?qr=not-a-token", null);

        assertThat(township.status()).isEqualTo(404);
        assertThat(verify(number)).isEqualTo("valid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.json().get("field").asString()).isEqualTo("qr");
    }

    @Test
    void aDepartmentHoldingAShareFetchesItAndTheHolderSeesTheUse() {
        String enterprise = RunningPlatform.login("demo-enterprise");
        String number = issueFoodPermitTo(subjectOf(enterprise)).get("number").asString();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String reviewer = RunningPlatform.login("demo-reviewer");

        assertThat(gateway.get("/api/certificates/shared/" + number, reviewer).status()).isEqualTo(404);
        Api.Reply granted = gateway.post("/api/certificates/wallet/" + number + "/shares", enterprise, """
                {"department":"county-market-regulation","purpose":"食品经营许可延续","from":"%s","until":"%s"}
                """.formatted(today, today.plusDays(7)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        Api.Reply fetched = gateway.get("/api/certificates/shared/" + number, reviewer);
        Api.Reply uses = gateway.get("/api/certificates/wallet/" + number + "/uses", enterprise);

        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.json().get("status").asString()).isEqualTo("valid");
        assertThat(uses.json().get("uses").get(0).get("purpose").asString()).isEqualTo("食品经营许可延续");
    }
}

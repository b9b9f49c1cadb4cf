package cn.gov.platform.identity.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import org.junit.jupiter.api.Test;

class EnterpriseApiIT extends IdentityServiceIT {

    @Test
    void theLegalRepresentativeRegistersAuthorisesAndRevokesAMemberWhoThenNoLongerSeesIt() {
        verifiedPerson("ent-boss");
        verifiedPerson("ent-filer");
        String boss = issuer().token("ent-boss", "enterprise");
        String filer = issuer().token("ent-filer", "citizen");

        Api.Reply registered = postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91350100M000100Y43\",\"name\":\"福州示例有限公司\"}");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(api().get("/api/identity/enterprises/91350100M000100Y43", filer).status()).isEqualTo(404);

        Api.Reply authorised = postJson("/api/identity/enterprises/91350100M000100Y43/members", boss,
                "{\"username\":\"ent-filer\",\"role\":\"filer\"}");
        assertThat(authorised.status()).isEqualTo(200);
        assertThat(api().get("/api/identity/enterprises/91350100M000100Y43", filer).status()).isEqualTo(200);
        assertThat(api().get("/api/identity/me", filer).json().get("enterprises").get(0).get("role").asString())
                .isEqualTo("filer");
        assertThat(api().send("DELETE", "/api/identity/enterprises/91350100M000100Y43/members/"
                + TestIssuer.subjectOf("ent-boss"), filer, null, java.util.Map.of()).status()).isEqualTo(403);

        Api.Reply revoked = api().send("DELETE", "/api/identity/enterprises/91350100M000100Y43/members/"
                + TestIssuer.subjectOf("ent-filer"), boss, null, java.util.Map.of());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(api().get("/api/identity/enterprises/91350100M000100Y43", filer).status()).isEqualTo(404);
    }

    @Test
    void anInvalidCreditCodeOrAnUnverifiedRepresentativeIsRefused() {
        verifiedPerson("ent-boss-2");
        Api.Reply bad = postJson("/api/identity/enterprises", issuer().token("ent-boss-2", "enterprise"),
                "{\"creditCode\":\"91350100M000100Y44\",\"name\":\"某公司\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("creditCode");

        Api.Reply unknown = postJson("/api/identity/enterprises", issuer().token("ent-nobody", "enterprise"),
                "{\"creditCode\":\"91640324MA76TX0DXL\",\"name\":\"某公司\"}");
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_VERIFIED");
    }
}

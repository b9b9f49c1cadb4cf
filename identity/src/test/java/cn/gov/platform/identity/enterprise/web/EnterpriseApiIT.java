package cn.gov.platform.identity.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnterpriseApiIT extends IdentityServiceIT {

    private Api.Reply delete(String path, String token) {
        return api().send("DELETE", path, token, null, Map.of());
    }

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
        assertThat(authorised.json().get("members").get(0).get("name").asString()).isNotBlank();
        assertThat(api().get("/api/identity/enterprises/91350100M000100Y43", filer).status()).isEqualTo(200);
        assertThat(api().get("/api/identity/me", filer).json().get("enterprises").get(0).get("role").asString())
                .isEqualTo("filer");
        // A filer may not remove anyone; the enterprise's membership is not disclosed to them.
        assertThat(delete("/api/identity/enterprises/91350100M000100Y43/members/" + TestIssuer.subjectOf("ent-boss"),
                filer).status()).isEqualTo(404);

        Api.Reply revoked = delete("/api/identity/enterprises/91350100M000100Y43/members/"
                + TestIssuer.subjectOf("ent-filer"), boss);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(api().get("/api/identity/enterprises/91350100M000100Y43", filer).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorAddsAndRemovesFilersAndViewersButNoAdministratorAndAFilerAddsNobody() {
        verifiedPerson("adm-boss");
        verifiedPerson("adm-admin");
        verifiedPerson("adm-filer");
        verifiedPerson("adm-viewer");
        verifiedPerson("adm-other");
        String boss = issuer().token("adm-boss", "enterprise");
        String admin = issuer().token("adm-admin", "citizen");
        String filer = issuer().token("adm-filer", "citizen");
        String members = "/api/identity/enterprises/91640324MA76TX1ABF/members";
        assertThat(postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91640324MA76TX1ABF\",\"name\":\"同心县示例商贸有限公司\"}").status()).isEqualTo(201);
        assertThat(postJson(members, boss, "{\"username\":\"adm-admin\",\"role\":\"administrator\"}").status()).isEqualTo(200);

        assertThat(postJson(members, admin, "{\"username\":\"adm-filer\",\"role\":\"filer\"}").status()).isEqualTo(200);
        assertThat(postJson(members, admin, "{\"subject\":\"" + TestIssuer.subjectOf("adm-viewer")
                + "\",\"role\":\"viewer\"}").status()).isEqualTo(200);

        Api.Reply makeAdmin = postJson(members, admin, "{\"username\":\"adm-other\",\"role\":\"administrator\"}");
        assertThat(makeAdmin.status()).isEqualTo(403);
        assertThat(makeAdmin.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");
        Api.Reply removeBoss = delete(members + "/" + TestIssuer.subjectOf("adm-boss"), admin);
        assertThat(removeBoss.status()).isEqualTo(403);
        assertThat(removeBoss.json().get("code").asString()).isEqualTo("MEMBER_ROLE_FORBIDS");

        Api.Reply byFiler = postJson(members, filer, "{\"username\":\"adm-other\",\"role\":\"viewer\"}");
        assertThat(byFiler.status()).isEqualTo(404);
        assertThat(byFiler.json().get("code").asString()).isEqualTo("ENTERPRISE_NOT_FOUND");
        Api.Reply byStranger = postJson(members, issuer().token("adm-other", "citizen"),
                "{\"username\":\"adm-other\",\"role\":\"viewer\"}");
        assertThat(byStranger.status()).isEqualTo(404);

        // The filer sees the enterprise and its own role, but not who the members are.
        JsonNode asFiler = api().get("/api/identity/enterprises/91640324MA76TX1ABF", filer).json();
        assertThat(asFiler.get("role").asString()).isEqualTo("FILER");
        assertThat(asFiler.get("members").size()).isZero();

        assertThat(delete(members + "/" + TestIssuer.subjectOf("adm-viewer"), admin).status()).isEqualTo(200);
        JsonNode asBoss = api().get("/api/identity/enterprises/91640324MA76TX1ABF", boss).json();
        assertThat(asBoss.get("members").size()).isEqualTo(2);
    }

    @Test
    void mineListsTheEnterprisesOneRepresentsOrBelongsToWithTheRole() {
        verifiedPerson("mine-boss");
        verifiedPerson("mine-viewer");
        String boss = issuer().token("mine-boss", "enterprise");
        String viewer = issuer().token("mine-viewer", "citizen");
        assertThat(postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91640324MA76TX2AC8\",\"name\":\"北京示例有限公司\"}").status()).isEqualTo(201);
        assertThat(api().get("/api/identity/enterprises/mine", viewer).json().size()).isZero();
        postJson("/api/identity/enterprises/91640324MA76TX2AC8/members", boss,
                "{\"username\":\"mine-viewer\",\"role\":\"viewer\"}");

        JsonNode bosses = api().get("/api/identity/enterprises/mine", boss).json();
        assertThat(bosses.get(0).get("name").asString()).isEqualTo("北京示例有限公司");
        assertThat(bosses.get(0).get("role").asString()).isEqualTo("REPRESENTATIVE");
        assertThat(bosses.get(0).get("managesMembers").asBoolean()).isTrue();
        JsonNode viewers = api().get("/api/identity/enterprises/mine", viewer).json();
        assertThat(viewers.get(0).get("creditCode").asString()).isEqualTo("91640324MA76TX2AC8");
        assertThat(viewers.get(0).get("role").asString()).isEqualTo("VIEWER");
        assertThat(viewers.get(0).get("managesMembers").asBoolean()).isFalse();
    }

    @Test
    void theInternalCheckAnswersTheRoleAndRefusesARemovedMemberAtOnce() {
        verifiedPerson("chk-boss");
        verifiedPerson("chk-filer");
        String boss = issuer().token("chk-boss", "enterprise");
        String service = serviceToken();
        assertThat(postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91640324MA76TX3AD1\",\"name\":\"深圳示例有限公司\"}").status()).isEqualTo(201);
        postJson("/api/identity/enterprises/91640324MA76TX3AD1/members", boss,
                "{\"username\":\"chk-filer\",\"role\":\"filer\"}");
        String check = "/api/identity/internal/enterprises/91640324MA76TX3AD1/members/";

        Api.Reply rep = api().get(check + TestIssuer.subjectOf("chk-boss"), service);
        assertThat(rep.status()).isEqualTo(200);
        assertThat(rep.json().get("role").asString()).isEqualTo("REPRESENTATIVE");
        assertThat(rep.json().get("name").asString()).isEqualTo("深圳示例有限公司");
        Api.Reply member = api().get(check + TestIssuer.subjectOf("chk-filer"), service);
        assertThat(member.json().get("role").asString()).isEqualTo("FILER");
        assertThat(member.json().get("creditCode").asString()).isEqualTo("91640324MA76TX3AD1");

        delete("/api/identity/enterprises/91640324MA76TX3AD1/members/" + TestIssuer.subjectOf("chk-filer"), boss);
        assertThat(api().get(check + TestIssuer.subjectOf("chk-filer"), service).status()).isEqualTo(404);
        assertThat(api().get(check + "someone-else", service).status()).isEqualTo(404);
        assertThat(api().get("/api/identity/internal/enterprises/91350100M000100Y43/members/x", service).status())
                .isEqualTo(404);
        Api.Reply malformed = api().get("/api/identity/internal/enterprises/91640324MA76TX3AD2/members/x", service);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("INVALID_CREDIT_CODE");
        // Not for people: only service accounts ask.
        assertThat(api().get(check + TestIssuer.subjectOf("chk-boss"), boss).status()).isEqualTo(403);
    }

    @Test
    void anEnterpriseAsApplicantIsALegalPersonForOtherServicesAndIsReachedThroughItsRepresentative() {
        verifiedPerson("subj-boss");
        String boss = issuer().token("subj-boss", "enterprise");
        assertThat(postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91640324MA76TX4AER\",\"name\":\"上海示例有限公司\"}").status()).isEqualTo(201);
        Api.Reply subject = api().get("/api/identity/internal/persons/enterprise:91640324MA76TX4AER/credit-subject",
                serviceToken());
        assertThat(subject.status()).isEqualTo(200);
        assertThat(subject.json().get("kind").asString()).isEqualTo("LEGAL_PERSON");
        assertThat(subject.json().get("creditCode").asString()).isEqualTo("91640324MA76TX4AER");
        Api.Reply contact = api().get("/api/identity/internal/persons/enterprise:91640324MA76TX4AER/contact",
                serviceToken());
        assertThat(contact.status()).isEqualTo(200);
        assertThat(api().get("/api/identity/internal/persons/enterprise:91640324MA76TX4AE9/credit-subject",
                serviceToken()).status()).isEqualTo(404);
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

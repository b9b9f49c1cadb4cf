package cn.gov.platform.identity.person.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreditSubjectApiIT extends IdentityServiceIT {

    private static final String PATH = "/api/identity/internal/persons/%s/credit-subject";

    @Test
    void aCitizenIsANaturalPersonWithTheirIdentityNumberForServicesOnly() {
        String subject = verifiedPerson("cs-citizen");
        String idNumber = persons.bySubject(subject).orElseThrow().idNumber().value();

        assertThat(api().get(PATH.formatted(subject), issuer().token("cs-citizen", "citizen")).status()).isEqualTo(403);
        Api.Reply reply = api().get(PATH.formatted(subject), serviceToken());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("kind").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(body.get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(body.get("name").asString()).isEqualTo("测试人员");
        assertThat(body.has("creditCode")).isFalse();
    }

    @Test
    void theLegalRepresentativesAccountIsTheEnterpriseButAMemberStaysANaturalPerson() {
        verifiedPerson("cs-boss");
        String member = verifiedPerson("cs-member");
        String boss = issuer().token("cs-boss", "enterprise");
        assertThat(postJson("/api/identity/enterprises", boss,
                "{\"creditCode\":\"91640324MA76TX0DXL\",\"name\":\"同心县豫海商贸有限公司\"}").status()).isEqualTo(201);
        assertThat(postJson("/api/identity/enterprises/91640324MA76TX0DXL/members", boss,
                "{\"username\":\"cs-member\",\"role\":\"manager\"}").status()).isEqualTo(200);

        JsonNode enterprise = api().get(PATH.formatted(cn.gov.platform.testkit.TestIssuer.subjectOf("cs-boss")),
                serviceToken()).json();
        assertThat(enterprise.get("kind").asString()).isEqualTo("LEGAL_PERSON");
        assertThat(enterprise.get("creditCode").asString()).isEqualTo("91640324MA76TX0DXL");
        assertThat(enterprise.get("name").asString()).isEqualTo("同心县豫海商贸有限公司");
        assertThat(enterprise.has("idNumber")).isFalse();

        assertThat(api().get(PATH.formatted(member), serviceToken()).json().get("kind").asString())
                .isEqualTo("NATURAL_PERSON");
    }

    @Test
    void anUnknownSubjectIsA404Problem() {
        Api.Reply reply = api().get(PATH.formatted("no-such-subject"), serviceToken());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("PERSON_NOT_FOUND");
    }
}

package cn.gov.platform.certificates.catalogue.web;

import cn.gov.platform.certificates.CertificatesIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.catalogue.infrastructure.IntakeCatalogue;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, point 2: the result of every item of intake's catalogue that yields a certificate is
 * issued through the internal API exactly as intake's issuance calls it (a department and division
 * that decide the item, the holder identity names, the fields a clerk enters), and its holder sees
 * it in the wallet under the type's Chinese name, with every field and a Chinese label for it.
 */
class EveryItemsResultIT extends CertificatesIT {

    private final CertificateTypes registry = IntakeCatalogue.registry();

    private static Map<String, Map<String, String>> samples() throws IOException {
        try (InputStream in = new ClassPathResource("result-samples.json").getInputStream()) {
            JsonNode file = IntakeCatalogue.JSON.readTree(in);
            Map<String, Map<String, String>> samples = new LinkedHashMap<>();
            for (String type : file.propertyNames()) {
                if (!type.startsWith("_")) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    file.get(type).properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
                    samples.put(type, fields);
                }
            }
            return samples;
        }
    }

    @Test
    void theResultOfEveryItemThatYieldsACertificateReachesItsHoldersWallet() throws IOException {
        Map<String, Map<String, String>> samples = samples();
        List<String> issued = new ArrayList<>();
        for (IntakeCatalogue.Item item : IntakeCatalogue.items()) {
            if (item.resultCertificateType() == null) {
                continue;
            }
            CertificateType type = registry.find(item.resultCertificateType()).orElseThrow();
            Map<String, String> fields = samples.get(type.code());
            assertThat(fields).as("result-samples.json has the data of " + type.code()).isNotNull();
            for (IntakeCatalogue.Implementation where : item.implementations()) {
                String user = "holder-" + item.code().toLowerCase(Locale.ROOT) + "-" + where.department();
                String number = issue(item, type, where, TestIssuer.subjectOf(user), fields);
                seenInWallet(user, number, type, fields);
                issued.add(item.code() + "@" + where.department());
            }
        }
        assertThat(issued).as("every item with a certificate result, at every department deciding it")
                .contains("ZRZY-001@county-natural-resources", "MZ-003@county-civil-affairs",
                        "GA-001@county-public-security", "SCJG-003@county-market-regulation",
                        "ZRZY-002@weizhou-town-service-center", "JT-001@county-transport")
                .hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aBusinessLicenceStatesItsHoldersCreditCodeAndNoOtherOrAnInvalidOne() {
        String service = issuer().token("svc-intake", "service");
        String template = """
                {"caseNumber":"%s","typeCode":"business-licence",
                 "holder":{"subject":"%s","kind":"%s","displayName":"同心县清真食品有限公司",%s},
                 "issuingDepartment":"county-market-regulation","issuingDivision":"640324000000",
                 "fields":{"creditCode":"%s","name":"同心县清真食品有限公司","entityType":"有限责任公司",
                           "legalRepresentative":"马文华","establishedOn":"2026-03-02","address":"同心县豫海镇长征路 12 号",
                           "businessScope":"食品销售"},
                 "validFrom":"2026-03-02"}""";
        String enterprise = "\"creditCode\":\"" + Fixtures.CREDIT_CODE + "\"";
        String subject = TestIssuer.subjectOf("licence-representative");

        Api.Reply own = api().post("/api/certificates/internal/certificates", service, template.formatted(
                "SL-BL-" + UUID.randomUUID(), subject, "enterprise", enterprise, Fixtures.CREDIT_CODE));
        Api.Reply invalid = api().post("/api/certificates/internal/certificates", service, template.formatted(
                "SL-BL-" + UUID.randomUUID(), subject, "enterprise", enterprise, "91350100M000100Y44"));
        String otherBody = "91640324MA76H2K8X";
        String other = otherBody + UnifiedSocialCreditCode.checkCharacter(otherBody);
        Api.Reply anotherEnterprises = api().post("/api/certificates/internal/certificates", service,
                template.formatted("SL-BL-" + UUID.randomUUID(), subject, "enterprise", enterprise, other));

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        JsonNode held = api().get("/api/certificates/wallet/" + own.json().get("number").asString(),
                issuer().token("licence-representative", "citizen")).json();
        assertThat(held.get("fields").get("creditCode").asString()).isEqualTo(Fixtures.CREDIT_CODE);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asString()).isEqualTo("fields.creditCode");
        assertThat(anotherEnterprises.status()).isEqualTo(400);
        assertThat(anotherEnterprises.json().get("code").asString()).isEqualTo("CREDIT_CODE_NOT_HOLDERS");
        assertThat(anotherEnterprises.json().get("field").asString()).isEqualTo("fields.creditCode");
    }

    private String issue(IntakeCatalogue.Item item, CertificateType type, IntakeCatalogue.Implementation where,
            String subject, Map<String, String> fields) {
        // A person where the type allows one (identity's answer for a citizen), else an enterprise.
        String holder = type.holdableBy("person")
                ? "{\"subject\":\"%s\",\"kind\":\"person\",\"displayName\":\"马文华\",\"idHash\":\"%s\"}"
                        .formatted(subject, Fixtures.ID_HASH)
                : "{\"subject\":\"%s\",\"kind\":\"enterprise\",\"displayName\":\"同心县清真食品有限公司\",\"creditCode\":\"%s\"}"
                        .formatted(subject, Fixtures.CREDIT_CODE);
        String body = """
                {"caseNumber":"%s","typeCode":"%s","holder":%s,"issuingDepartment":"%s","issuingDivision":"%s",
                 "fields":%s,"validFrom":"2026-06-01"}""".formatted(
                "SL-" + item.code() + "-" + UUID.randomUUID().toString().substring(0, 8), type.code(), holder,
                where.department(), where.division(), IntakeCatalogue.JSON.writeValueAsString(fields));
        Api.Reply reply = api().post("/api/certificates/internal/certificates", issuer().token("svc-intake", "service"),
                body);
        assertThat(reply.status()).as(item.code() + " at " + where.department() + ": " + reply.body()).isEqualTo(201);
        assertThat(reply.json().get("number").asString()).startsWith(type.prefix() + "-");
        return reply.json().get("number").asString();
    }

    private void seenInWallet(String user, String number, CertificateType type, Map<String, String> fields) {
        String token = issuer().token(user, "citizen");
        JsonNode held = api().get("/api/certificates/wallet", token).json().get("certificates");
        assertThat(held).anySatisfy(c -> {
            assertThat(c.get("number").asString()).isEqualTo(number);
            assertThat(c.get("typeName").asString()).isEqualTo(type.name()).matches(".*\\p{IsHan}.*");
            assertThat(c.get("status").asString()).isEqualTo("ACTIVE");
        });
        JsonNode detail = api().get("/api/certificates/wallet/" + number, token).json();
        Map<String, String> shown = new LinkedHashMap<>();
        detail.get("fields").properties().forEach(e -> shown.put(e.getKey(), e.getValue().asString()));
        assertThat(shown).isEqualTo(fields);
        // The wallet page labels each field from the type, as the portal does (names, never codes).
        JsonNode published = api().get("/api/certificates/types/" + type.code(), null).json();
        Map<String, String> labels = new LinkedHashMap<>();
        published.get("fields").forEach(f -> labels.put(f.get("name").asString(), f.get("label").asString()));
        assertThat(labels).containsKeys(shown.keySet().toArray(String[]::new));
        assertThat(shown.keySet()).allSatisfy(name -> assertThat(labels.get(name)).matches(".*\\p{IsHan}.*"));
    }
}

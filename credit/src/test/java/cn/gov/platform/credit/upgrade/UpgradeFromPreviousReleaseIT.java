package cn.gov.platform.credit.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.StoreFixture;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The current build started on the store the previous release (main 8b59842) left after its journeys
 * (resources/upgrade/8b59842, made by testkit/release-fixture.sh): its list entries still decide checks,
 * an objection it upheld stays upheld, feedback it kept is not kept twice, its publications stay public,
 * and new entries are listed beside the old ones.
 * The context is closed after the class, so that its relays and consumers stop with it.
 */
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeFromPreviousReleaseIT extends CreditIT {

    /** The demo black-list entry of 同心县豫海商贸有限公司, stored by the previous release. */
    private static final String BLACK_LISTED = "E60c216b2d15fa0f413c9";
    private static final String LIFTED_BY_OBJECTION = "E9ed99c77b4400b49aa93";
    private static final String OBJECTION = "P162aff34b172a46ca2ed";
    private static final String OBJECTING_CREDIT_CODE = "91640324MA0000001T";
    private static final String REFUSED_CHECK = "19b24543-d6e9-4038-9452-bd149feea7b2";

    @Autowired
    private MongoTemplate mongo;

    @AfterAll
    void forgetTheSubjectsThisContextLookedUp() {
        var keys = redis.keys("credit:subject:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    @DynamicPropertySource
    static void previousReleaseStore(DynamicPropertyRegistry registry) {
        StoreFixture.load(registry, "upgrade-credit", "upgrade/8b59842");
    }

    @Test
    void aCheckAgainstAnEntryThePreviousReleaseListedStillRefusesTheRestrictedItem() {
        isEnterprise("upgrade-enterprise", DEMO_CREDIT_CODE, "同心县豫海商贸有限公司");

        Api.Reply reply = check("upgrade-enterprise", "SCJG-002");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("standing").asString()).isEqualTo("RESTRICTIONS");
        assertThat(answer.get("restrictions").findValuesAsString("kind")).contains("REFUSE");
        assertThat(answer.get("entries").get(0).get("listType").asString()).isEqualTo("SERIOUS_MARKET_VIOLATION");
        assertThat(api().get("/api/credit/public/enterprises/" + DEMO_CREDIT_CODE + "/entries", null).json()
                .findValuesAsString("entryId")).contains(BLACK_LISTED);
    }

    @Test
    void anEntryLiftedByAnObjectionUnderThePreviousReleaseStaysLiftedAndTheFilerReadsTheDecision() {
        isEnterprise("obj-enterprise", OBJECTING_CREDIT_CODE, "同心县异议测试有限公司");
        String filer = issuer().token("obj-enterprise", "enterprise");

        assertThat(check("obj-enterprise", "SCJG-002").json().get("standing").asString()).isEqualTo("NO_MEASURES");
        Api.Reply petition = api().get("/api/credit/petitions/" + OBJECTION, filer);
        assertThat(petition.status()).as(petition.body()).isEqualTo(200);
        assertThat(petition.json().get("state").asString()).isEqualTo("UPHELD");
        assertThat(petition.json().get("entryId").asString()).isEqualTo(LIFTED_BY_OBJECTION);
        assertThat(api().get("/api/credit/me/petitions", filer).json().findValuesAsString("petitionId"))
                .containsExactly(OBJECTION);
        String reviewer = issuer().staffToken("obj-reviewer", "640324000000", MARKET, "reviewer");
        assertThat(api().get("/api/credit/entries/" + LIFTED_BY_OBJECTION, reviewer).json().get("status").asString())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void feedbackThePreviousReleaseKeptIsNotKeptTwice() {
        Document check = mongo.getCollection("checks").find(new Document("_id", REFUSED_CHECK)).first();
        String body = "{\"caseId\":\"%s\",\"caseNumber\":null,\"action\":\"REFUSED\",\"measureIds\":[\"MARKET-REFUSE\"],\"note\":\"不予受理\"}"
                .formatted(check.getString("caseId"));

        Api.Reply retry = postJson("/api/credit/internal/checks/" + REFUSED_CHECK + "/feedback", serviceToken(), body);

        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(mongo.getCollection("check_feedback").countDocuments(new Document("checkId", REFUSED_CHECK)))
                .isEqualTo(1);
    }

    @Test
    void publicationsOfThePreviousReleaseStayPublic() {
        Api.Reply penalties = api().get("/api/credit/public/publicity?kind=PENALTY", null);

        assertThat(penalties.status()).as(penalties.body()).isEqualTo(200);
        assertThat(penalties.json().findValuesAsString("documentNumber")).contains("同市监罚〔2026〕1号",
                "同市监罚〔2026〕2号", "同市监罚〔2026〕3号");
    }

    @Test
    void anEntryListedNowStandsBesideTheOldOnes() {
        String code = "91640324MA0000003" + checkCharOf("91640324MA0000003");
        isEnterprise("upgrade-new-enterprise", code, "同心县升级测试有限公司");
        String reviewer = issuer().staffToken("upgrade-reviewer", "640324000000", MARKET, "reviewer");

        Api.Reply listed = postJson("/api/credit/entries", reviewer, """
                {"subject":{"kind":"LEGAL_PERSON","creditCode":"%s","name":"同心县升级测试有限公司"},
                 "list":"BLACK","listType":"SERIOUS_MARKET_VIOLATION","issuingDepartment":"%s",
                 "legalBasis":"市场监管总局令第44号","reason":"测试","documentNumber":"同市监严失〔2026〕98号",
                 "start":"2026-01-01"}""".formatted(code, MARKET));

        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        assertThat(check("upgrade-new-enterprise", "SCJG-002").json().get("standing").asString())
                .isEqualTo("RESTRICTIONS");
        assertThat(mongo.getCollection("entries").countDocuments()).isGreaterThan(3);
    }

    /** The check character of a unified social credit code (GB 32100). */
    private static char checkCharOf(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }
}

package cn.gov.platform.intake.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.StoreFixture;
import cn.gov.platform.testkit.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The current build started on the store the previous release (main 8b59842) left after its journeys
 * (resources/upgrade/8b59842, made by testkit/release-fixture.sh), with documents of older shapes laid
 * over it (resources/upgrade/older: item ZJ-002 as the first release stored it, with department codes
 * for its joint departments and no deemed consent, and a case stored before the case was split). What
 * the people who used the previous release see: their cases, the work on them going on, the catalogue
 * as it was plus the seed's corrections, and new cases beside the old ones.
 * The context is closed after the class, so that its relays and consumers stop with it.
 */
@DirtiesContext
class UpgradeFromPreviousReleaseIT extends IntakeIT {

    private static final String DATABASE = "upgrade-intake";
    private static final String SUBMITTED = "0aeadea8-b80e-3125-b458-79a766048bb2";
    private static final String ACCEPTED = "77f1145a-b185-4cc9-b6e2-dae17f4bcb8f";
    private static final String DRAFT = "58c27da7-6fc3-39f4-b5ec-38e4f6e8ada1";
    private static final String BEFORE_THE_SPLIT = "3e9c6f4b-1d85-4a0b-8d3f-8c4a5b6d7e84";

    /** The cases other tests of this class move on. */
    private static final Set<String> WORKED_ON = Set.of(SUBMITTED, ACCEPTED, DRAFT);

    @DynamicPropertySource
    static void previousReleaseStore(DynamicPropertyRegistry registry) {
        StoreFixture.load(registry, DATABASE, "upgrade/8b59842", "upgrade/older");
    }

    /** The cases the previous release stored for {@code username}, as the fixture holds them. */
    private static List<Document> storedCasesOf(String username) {
        try (InputStream in = UpgradeFromPreviousReleaseIT.class.getResourceAsStream("/upgrade/8b59842/cases.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Document::parse)
                    .filter(d -> TestIssuer.subjectOf(username).equals(d.getString("applicantSubject"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theApplicantSeesEveryCaseThePreviousReleaseHeldForThemAsItWas() {
        List<Document> stored = storedCasesOf("demo-citizen");
        assertThat(stored).as("the fixture holds the citizen's cases").hasSizeGreaterThan(10);

        Api.Reply mine = api().get("/api/intake/cases", citizen());

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("items").findValuesAsString("id"))
                .containsAll(stored.stream().map(d -> d.getString("_id")).toList());
        for (Document doc : stored) {
            Api.Reply one = api().get("/api/intake/cases/" + doc.getString("_id"), citizen());
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            if (!WORKED_ON.contains(doc.getString("_id"))) {
                assertThat(one.json().get("state").asString()).isEqualTo(doc.getString("state"));
            }
            assertThat(one.json().get("itemVersion").asInt()).isEqualTo(doc.getInteger("itemVersion"));
            // Notes the release stored as "中文 | English", some with a task state's code, read in each language.
            for (JsonNode step : one.json().get("history")) {
                assertThat(step.has("noteText")).as("%s", step).isEqualTo(step.hasNonNull("note"));
                for (String text : List.of(step.path("noteText").path("zh").asString(""),
                        step.path("noteText").path("en").asString(""))) {
                    assertThat(text).as("%s", step).doesNotContainPattern("APPROVED|REJECTED").doesNotContain(" | ");
                }
            }
            if (doc.getString("number") != null) {
                assertThat(one.json().get("number").asString()).isEqualTo(doc.getString("number"));
            }
        }
    }

    @Test
    void aCaseSubmittedUnderThePreviousReleaseIsAcceptedAndApprovedUnderTheVersionItWasFiledUnder() {
        Api.Reply notice = act(clerk(), SUBMITTED, "supplement-request", "{\"note\":\"请一次性补齐以下材料\"}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        for (JsonNode defect : notice.json().get("notices").get(0).get("defects")) {
            Api.Reply uploaded = upload(citizen(), SUBMITTED, defect.get("materialCode").asString(), "m.pdf",
                    "application/pdf", pdf(1024));
            assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 201);
        }
        assertThat(act(citizen(), SUBMITTED, "resubmit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");

        Api.Reply accepted = act(clerk(), SUBMITTED, "accept", "{}");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        String number = accepted.json().get("number").asString();
        assertThat(mongo.getCollection("cases").countDocuments(new Document("number", number)))
                .as("the new number continues the series the previous release left").isEqualTo(1);
        Api.Reply approved = decide(SUBMITTED);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("itemVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theSupervisionModelIsRebuiltOnceWithTheClocksThePreviousReleaseDidNotKeep() {
        // The previous release lit accepted cases only; a submission waiting at the window now has its own clock.
        String waiting = "21e31bc3-1faf-3290-aa8f-9ba1e9b459ad";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            Document meta = mongo.findById("model", Document.class, "supervision_meta");
            assertThat(meta).isNotNull();
            assertThat(meta.getInteger("version")).isEqualTo(2);
        });
        Document item = mongo.findById(waiting + "/acceptance", Document.class, "supervision_open");
        assertThat(item).as("the waiting submission's acceptance clock").isNotNull();
        assertThat(item.getString("kind")).isEqualTo("ACCEPTANCE");
        assertThat(item.getString("department")).isEqualTo("county-market-regulation");
    }

    @Test
    void aCaseAcceptedUnderThePreviousReleaseIsDecided() {
        Api.Reply approved = decide(ACCEPTED);

        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(api().get("/api/intake/cases/" + ACCEPTED, citizen()).json().get("decision").get("approver")
                .asString()).isEqualTo("demo-approver");
    }

    @Test
    void theApplicantWithdrawsADraftStoredByThePreviousRelease() {
        Api.Reply withdrawn = act(citizen(), DRAFT, "withdraw", "{\"reason\":\"不再办理\"}");

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aCaseStoredBeforeTheCaseSplitIsReadByItsOwnerAndWorkedOn() {
        String owner = issuer().token("older-release-citizen", "citizen");
        Api.Reply read = api().get("/api/intake/cases/" + BEFORE_THE_SPLIT, owner);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(read.json().get("credit").get("status").asString()).isEqualTo("NOT_CHECKED");

        Api.Reply notice = act(clerk(), BEFORE_THE_SPLIT, "supplement-request", "{\"note\":\"请补齐全部材料\"}");

        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(api().get("/api/intake/cases", owner).json().get("items").findValuesAsString("id"))
                .containsExactly(BEFORE_THE_SPLIT);
    }

    @Test
    void aNewCaseIsFiledBesideTheOldOnesAndUsesTheCurrentVersion() {
        Api.Reply filed = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-UPGRADE"}]}""");

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("itemVersion").asInt()).as("the seed's version with English names").isEqualTo(2);
        assertThat(api().get("/api/intake/cases", citizen()).json().get("items").findValuesAsString("id"))
                .contains(filed.json().get("id").asString(), SUBMITTED, DRAFT);
    }

    @Test
    void theCatalogueKeepsItsStoredVersionsAndTheSeedAddsItsCorrectionsAsNewVersions() {
        // Issue 20 named every seed item, material, department and division in English and gave every guide text an
        // English one: each seed item is a new version; the version stored before reads with its Chinese where the
        // English goes.
        Api.Reply named = api().get("/api/intake/catalogue/items/SCJG-002", null);
        assertThat(named.json().get("version").asInt()).as("the seed item gained English names").isEqualTo(2);
        assertThat(named.json().get("nameEn").asString()).isEqualTo("Food business licence");
        Api.Reply stored = api().get("/api/intake/catalogue/items/SCJG-002/versions/1", null);
        assertThat(stored.json().get("name").asString()).isEqualTo("食品经营许可");
        assertThat(stored.json().get("nameEn").asString()).as("no English stored: the Chinese").isEqualTo("食品经营许可");
        assertThat(stored.json().get("handledAt").get(0).get("departmentNameEn").asString())
                .isEqualTo(stored.json().get("handledAt").get(0).get("departmentName").asString());
        // Nor any English guide text: the Chinese in its place, lists never null; its fee was named "不收费 | free of
        // charge" in one string and reads as its two names.
        assertThat(stored.json().get("conditionsEn")).isEqualTo(stored.json().get("conditions"));
        assertThat(stored.json().get("procedureEn")).isNotEmpty().isEqualTo(stored.json().get("procedure"));
        assertThat(stored.json().get("resultEn").asString()).isEqualTo("食品经营许可证");
        assertThat(stored.json().get("handledAt").get(0).get("addressEn").asString())
                .isEqualTo(stored.json().get("handledAt").get(0).get("address").asString());
        assertThat(stored.json().get("fees").get(0).get("name").asString()).isEqualTo("不收费");
        assertThat(stored.json().get("fees").get(0).get("nameEn").asString()).isEqualTo("free of charge");
        assertThat(named.json().get("conditionsEn").get(0).asString()).doesNotContainPattern("\\p{IsHan}");

        Api.Reply first = api().get("/api/intake/catalogue/items/ZJ-002/versions/1", null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("jointDepartments").findValuesAsString("department"))
                .containsExactly("county-natural-resources", "county-fire-rescue");
        assertThat(first.json().get("deemedConsent").asBoolean()).isFalse();

        Api.Reply current = api().get("/api/intake/catalogue/items/ZJ-002", null);
        assertThat(current.json().get("version").asInt()).as("the seed's correction of the first release's item")
                .isEqualTo(2);
        assertThat(current.json().get("deemedConsent").asBoolean()).isTrue();
        assertThat(current.json().get("jointDepartments")).hasSize(3);
        // This start's seed stored one new version of every seed item: English names for all (issue 20), which for
        // ZJ-002 comes with its correction and for five items with their department records' code and holder
        // (CAT-3, issue 17 point 7).
        List<String> fromSeed = new java.util.ArrayList<>();
        mongo.getCollection("catalogue_items").find(new Document("seedSha256", new Document("$exists", true)))
                .forEach(d -> fromSeed.add(d.getString("code")));
        assertThat(fromSeed).hasSize(23).doesNotHaveDuplicates()
                .contains("ZJ-002", "SCJG-001", "SCJG-002", "SCJG-003", "ZRZY-001", "ZJ-001", "WJ-002");
        Api.Reply soleTrader = api().get("/api/intake/catalogue/items/SCJG-001", null);
        assertThat(soleTrader.json().get("version").asInt()).isEqualTo(2);
        assertThat(soleTrader.json().get("materials").findValuesAsString("recordCode"))
                .containsExactly("real-estate-registration");
    }

    private Api.Reply decide(String id) {
        assertThat(act(clerk(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"材料齐全，符合条件\"}").status())
                .isEqualTo(200);
        assertThat(act(reviewer(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"审核同意\"}").status())
                .isEqualTo(200);
        Api.Reply approved = act(approver(), id, "opinions", "{\"verdict\":\"APPROVE\",\"reasons\":\"准予许可\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return approved;
    }
}

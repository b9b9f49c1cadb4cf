package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corrected seed reaches a store that already holds the catalogue, as the service's start runs it
 * (CatalogueSeed against the real store and its unique (code, version) index). Each test seeds items
 * of its own code, built from the published SCJG-002, so that it meets nothing else in the shared store.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogueSeedIT extends IntakeIT {

    @Autowired
    private CachingServiceItems items;
    @Autowired
    private FeeCatalogue fees;
    @Autowired
    private JsonMapper json;
    @Autowired
    private MeterRegistry meters;

    /** The published SCJG-002 under {@code code}, promising {@code promisedDays}. */
    private String seedFile(String code, int promisedDays) {
        CatalogueSeed published = new CatalogueSeed(items, fees, new org.springframework.core.io.ClassPathResource(
                "catalogue/tongxin-items.json"), json, meters);
        ObjectNode item = (ObjectNode) json.valueToTree(published.drafts().stream()
                .filter(d -> d.code().equals("SCJG-002")).findFirst().orElseThrow());
        item.put("code", code);
        item.put("promisedDays", promisedDays);
        ObjectNode file = json.createObjectNode();
        file.put("source", "test");
        file.putArray("illustrativeDivisionCodes");
        file.putArray("items").add(item);
        return json.writeValueAsString(file);
    }

    private CatalogueSeed seed(SeededItems store, String file) {
        return new CatalogueSeed(store, fees, new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)), json, meters);
    }

    private List<Document> versions(String code) {
        return mongo.getCollection("catalogue_items").find(new Document("code", code))
                .sort(new Document("version", 1)).into(new ArrayList<>());
    }

    private Api.Reply fileCase(String code) {
        return file(citizen(), """
                {"itemCode":"%s","division":"640324000000",
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-SEED"}]}""".formatted(code));
    }

    @Test
    void aStoreWithoutTheItemGetsItAsVersionOneMarkedAsTheSeeds() {
        CatalogueSeed.Outcome outcome = seed(items, seedFile("SEEDA-001", 10)).apply();

        assertThat(outcome.added()).containsExactly("SEEDA-001");
        assertThat(versions("SEEDA-001")).singleElement().satisfies(v -> {
            assertThat(v.getInteger("version")).isEqualTo(1);
            assertThat(v.getString("seedSha256")).matches("[0-9a-f]{64}");
        });
        assertThat(api().get("/api/intake/catalogue/items/SEEDA-001", null).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anUnchangedSeedStoresNoNewVersion() {
        String file = seedFile("SEEDB-001", 10);
        seed(items, file).apply();

        CatalogueSeed.Outcome again = seed(items, file).apply();

        assertThat(again.added()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.held()).isEmpty();
        assertThat(versions("SEEDB-001")).hasSize(1);
    }

    @Test
    void aChangedSeedBecomesTheNextVersionForCasesFiledAfterwardsWhileEarlierCasesKeepTheirs() {
        seed(items, seedFile("SEEDC-001", 10)).apply();
        Api.Reply before = fileCase("SEEDC-001");
        assertThat(before.status()).as(before.body()).isEqualTo(201);

        CatalogueSeed.Outcome outcome = seed(items, seedFile("SEEDC-001", 5)).apply();

        assertThat(outcome.updated()).containsExactly("SEEDC-001@2");
        Api.Reply guide = api().get("/api/intake/catalogue/items/SEEDC-001", null);
        assertThat(guide.json().get("version").asInt()).isEqualTo(2);
        assertThat(guide.json().get("promisedDays").asInt()).isEqualTo(5);
        Api.Reply after = fileCase("SEEDC-001");
        assertThat(after.json().get("itemVersion").asInt()).isEqualTo(2);
        Api.Reply earlier = api().get("/api/intake/cases/" + before.json().get("id").asString(), citizen());
        assertThat(earlier.json().get("itemVersion").asInt()).isEqualTo(1);
        assertThat(versions("SEEDC-001")).extracting(v -> v.getBoolean("current")).containsExactly(false, true);
    }

    @Test
    void anItemAnAdministratorChangedKeepsItsVersionWithOneWarningAndACount(CapturedOutput output) {
        seed(items, seedFile("SEEDD-001", 10)).apply();
        double heldBefore = meters.counter("intake.catalogue.seed.held").count();
        ObjectNode draft = (ObjectNode) json.readTree(seedFile("SEEDD-001", 8)).get("items").get(0);
        draft.put("name", "食品经营许可（管理员修改）");
        Api.Reply changed = api().send("PUT", "/api/intake/catalogue/items/SEEDD-001", admin(),
                json.writeValueAsString(draft), Map.of("Content-Type", "application/json"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        CatalogueSeed.Outcome outcome = seed(items, seedFile("SEEDD-001", 5)).apply();

        assertThat(outcome.held()).containsExactly("SEEDD-001@2");
        assertThat(outcome.updated()).isEmpty();
        Api.Reply guide = api().get("/api/intake/catalogue/items/SEEDD-001", null);
        assertThat(guide.json().get("version").asInt()).isEqualTo(2);
        assertThat(guide.json().get("name").asString()).isEqualTo("食品经营许可（管理员修改）");
        assertThat(guide.json().get("promisedDays").asInt()).isEqualTo(8);
        assertThat(output.getAll().lines().filter(l -> l.contains("WARN") && l.contains("SEEDD-001@2"))).hasSize(1);
        assertThat(meters.counter("intake.catalogue.seed.held").count()).isEqualTo(heldBefore + 1);
    }

    @Test
    void twoInstancesStartingAtOnceStoreOneVersionNotTwo() throws Exception {
        String first = seedFile("SEEDE-001", 10);
        String corrected = seedFile("SEEDE-001", 5);
        for (String file : List.of(first, corrected)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<CatalogueSeed.Outcome>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                // Each instance with its own adapters, as two processes would have.
                CatalogueSeed instance = seed(new CachingServiceItems(new MongoServiceItems(mongo), Duration.ofSeconds(10),
                        TestClock.clock()), file);
                instances.add(() -> {
                    start.await();
                    return instance.apply();
                });
            }
            try (var pool = Executors.newFixedThreadPool(2)) {
                List<Future<CatalogueSeed.Outcome>> outcomes = instances.stream().map(pool::submit).toList();
                start.countDown();
                for (Future<CatalogueSeed.Outcome> outcome : outcomes) {
                    outcome.get();
                }
            }
        }

        assertThat(versions("SEEDE-001")).extracting(v -> v.getInteger("version")).containsExactly(1, 2);
        assertThat(versions("SEEDE-001")).extracting(v -> v.getBoolean("current")).containsExactly(false, true);
    }
}

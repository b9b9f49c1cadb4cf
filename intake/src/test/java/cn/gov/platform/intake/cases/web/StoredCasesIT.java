package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Stores written before the case was split into parts keep working: documents in the shape the
 * previous version wrote (resources/cases/documents) are put in the store as they are, then read and
 * worked on through the API. Each gets a fresh id, key and number, so that it meets nothing else in
 * the shared store.
 */
class StoredCasesIT extends IntakeIT {

    private Document stored(String name, String applicant) {
        return stored(name, applicant, doc -> { });
    }

    /** The document as stored, {@code changed} before it is put in the store. */
    private Document stored(String name, String applicant, Consumer<Document> changed) {
        try (InputStream in = getClass().getResourceAsStream("/cases/documents/" + name + ".json")) {
            Document doc = Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            changed.accept(doc);
            doc.put("_id", UUID.randomUUID().toString());
            doc.put("idempotencyKey", "stored-" + UUID.randomUUID());
            doc.put("applicantSubject", TestIssuer.subjectOf(applicant));
            doc.put("filerSubject", doc.get("agentSubject") != null ? doc.get("agentSubject")
                    : TestIssuer.subjectOf(applicant));
            if (doc.get("number") != null) {
                doc.put("number", "640324-2026-9" + (100_000 + ThreadLocalRandom.current().nextInt(900_000)));
            }
            // Its events too: the relay publishes what the outbox holds, and consumers (the follow-up keys
            // by case number, the handled event ids) would otherwise meet the original case's number and
            // ids, which a case filed later in the same store may draw (issue 17's keys are per number).
            for (Document event : doc.getList("outbox", Document.class, List.of())) {
                event.put("eventId", UUID.randomUUID().toString());
                event.put("caseId", doc.get("_id"));
                if (event.get("caseNumber") != null && doc.get("number") != null) {
                    event.put("caseNumber", doc.get("number"));
                }
            }
            mongo.getCollection("cases").insertOne(doc);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDecidedCaseStoredByThePreviousVersionShowsEverythingItHeld() {
        Document doc = stored("rich", "stored-rich-citizen");
        String id = doc.getString("_id");

        Api.Reply reply = api().get("/api/intake/cases/" + id, clerk());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode c = reply.json();
        assertThat(c.get("state").asString()).isEqualTo("APPROVED");
        assertThat(c.get("number").asString()).isEqualTo(doc.getString("number"));
        assertThat(c.get("filedByAgent").asBoolean()).isTrue();
        assertThat(c.get("materials").findValuesAsString("code")).containsExactly("business-licence",
                "premises-layout", "safety-rules");
        assertThat(c.get("notices")).hasSize(1);
        assertThat(c.get("tolerated").get(0).get("supplied").asBoolean()).isTrue();
        assertThat(c.get("history")).hasSize(11);
        assertThat(c.get("opinions")).hasSize(4);
        assertThat(c.get("decision").get("approver").asString()).isEqualTo("demo-approver");
        assertThat(c.get("deadline").get("promisedDue").asString()).isEqualTo("2027-01-08");
        assertThat(c.get("deadline").get("provisional").asBoolean()).as("a decided case's dates no longer move")
                .isFalse();
        assertThat(c.get("deadlineChanges").findValuesAsString("what")).containsExactly("promised", "statutory",
                "tolerated safety-rules");
        assertThat(c.get("credit").get("status").asString()).isEqualTo("CHECKED");
        assertThat(c.get("credit").get("checkId").asString()).isEqualTo("check-rich-1");
        assertThat(c.get("greenChannelBasis").asString()).isEqualTo("CREDIT:m-GREEN");
        assertThat(c.get("delivery").get("trackingNumber").asString()).isEqualTo("EMS-12345678");
        assertThat(c.get("awaitedRole")).as("nobody has a step left").isNull();

        Api.Reply mine = api().get("/api/intake/cases", issuer().token("stored-rich-citizen", "citizen"));
        assertThat(mine.json().get("items").findValuesAsString("id")).contains(id);
    }

    /**
     * A township case reported upward before the higher department's names were kept (only its code): it reads,
     * the view gives the code with no names (the portal names the code from the catalogue), and nothing breaks.
     */
    @Test
    void aCaseReportedUpwardBeforeItsDepartmentsNamesWereKeptReadsWithItsCodeAndNoNames() {
        Document doc = stored("rich", "stored-reported-citizen", d -> {
            d.put("division", YUHAI);
            d.put("department", "yuhai-town-service-center");
            d.put("departmentName", "豫海镇便民服务中心");
            d.put("reportedTo", COUNTY);
            d.put("reportedToDepartment", MARKET);
        });

        Api.Reply reply = api().get("/api/intake/cases/" + doc.getString("_id"), clerk());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode c = reply.json();
        assertThat(c.get("reportedTo").asString()).isEqualTo(COUNTY);
        assertThat(c.get("reportedToDepartment").asString()).isEqualTo(MARKET);
        assertThat(c.hasNonNull("reportedToDepartmentName")).isFalse();
        assertThat(c.hasNonNull("reportedToDepartmentNameEn")).isFalse();
        assertThat(c.get("history")).hasSize(11);
    }

    /**
     * Notes the platform stored as one string, "中文 | English" or with a state's code inside (issue 20), read
     * in each language, the code named in words; a person's note reads as written. {@code note} is as stored.
     */
    @Test
    void historyNotesStoredInTheEarlierOneStringFormsReadInEachLanguage() {
        // A decided case (no queue or sweep of the shared store meets it), with the steps a joint case and a
        // material check would have left, as the earlier releases wrote them, after its acceptance.
        Document doc = stored("rich", "stored-notes-citizen", d -> {
            List<Document> steps = d.getList("transitions", Document.class);
            Document accepted = steps.get(2);
            steps.add(3, step(accepted, "SYSTEM", "材料核验 | material check：营业执照：已核验 | checked"));
            steps.add(4, step(accepted, "HANDLER", "并联审批：同时抄告 3 个部门 | copied to 3 departments"));
            steps.add(5, step(accepted, "APPROVER", "同心县市场监督管理局：APPROVED | 符合"));
            steps.add(6, step(accepted, "SYSTEM", "吴忠市生态环境局同心分局：DEEMED_APPROVED | 逾期未作出意见，视为同意（超时默认）"
                    + "| no decision by 2026-02-13: deemed approved"));
        });

        JsonNode history = api().get("/api/intake/cases/" + doc.getString("_id"), clerk()).json().get("history");

        assertThat(history).hasSize(15);
        assertThat(history.get(0).has("noteText")).as("no note, no text").isFalse();
        assertThat(history.get(3).get("note").asString()).as("as stored")
                .isEqualTo("材料核验 | material check：营业执照：已核验 | checked");
        assertText(history.get(3), "材料核验：营业执照：已核验", "Material check: 营业执照: checked");
        assertText(history.get(4), "并联审批：同时抄告 3 个部门", "Joint review: copied to 3 departments");
        assertText(history.get(5), "同心县市场监督管理局：同意：符合", "同心县市场监督管理局: agreed: 符合");
        assertText(history.get(6), "吴忠市生态环境局同心分局：逾期未作出意见，视为同意（超时默认）",
                "吴忠市生态环境局同心分局: no decision by 2026-02-13: deemed approved");
        // The platform's Chinese-only frame around a person's words: the frame in English, the words as written.
        assertText(history.get(7), "绿色通道，责任人 王科长：重大项目", "Green channel, officer responsible 王科长: 重大项目");
        assertText(history.get(8), "期限按 2027 年日历第 1 版重新计算：承诺办结日 2027-01-05 → 2027-01-06；法定办结日 2027-01-19 → "
                + "2027-01-20；容缺材料补交期限（safety-rules） 2027-01-04 → 2027-01-05", "Dates recomputed on the 2027 "
                + "calendar, version 1: promised due date 2027-01-05 → 2027-01-06; statutory due date 2027-01-19 → "
                + "2027-01-20; date to hand in a tolerated material (safety-rules) 2027-01-04 → 2027-01-05");
        assertText(history.get(9), "拟同意", "拟同意");
    }

    /** A step noted after {@code after}, as an earlier release stored it. */
    private static Document step(Document after, String role, String note) {
        Document step = new Document(after);
        step.put("from", after.get("to"));
        step.put("role", role);
        if (role.equals("SYSTEM")) {
            step.put("actorSubject", "system");
            step.put("actorName", "system");
        }
        step.put("note", note);
        return step;
    }

    private static void assertText(JsonNode step, String zh, String en) {
        assertThat(step.get("noteText").get("zh").asString()).as("%s", step).isEqualTo(zh);
        assertThat(step.get("noteText").get("en").asString()).as("%s", step).isEqualTo(en);
    }

    @Test
    void aCaseStoredBeforeCreditChecksAndJointTasksExistedIsWorkedOnAndKeepsItsFields() {
        Document doc = stored("before-issue-6", "stored-old-citizen");
        String id = doc.getString("_id");

        Api.Reply supplement = act(clerk(), id, "supplement-request", "{\"note\":\"请补齐全部材料\"}");

        assertThat(supplement.status()).as(supplement.body()).isEqualTo(200);
        assertThat(supplement.json().get("state").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(supplement.json().get("credit").get("status").asString()).isEqualTo("NOT_CHECKED");
        assertThat(supplement.json().get("notices").get(0).get("defects")).hasSize(3);
        Api.Reply applicant = api().get("/api/intake/cases/" + id, issuer().token("stored-old-citizen", "citizen"));
        assertThat(applicant.status()).isEqualTo(200);

        Document after = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(after.getLong("version")).isEqualTo(doc.getLong("version") + 1);
        assertThat(after.keySet()).containsAll(doc.keySet().stream().filter(k -> !k.equals("_class")).toList())
                .contains("tasks", "creditCheck", "creditFeedback", "deadlineChanges", "deemedConsent");
        assertThat(after.getList("transitions", Document.class)).hasSize(3);
        assertThat(after.getList("outbox", Document.class)).extracting(e -> e.getString("type"))
                .containsExactly("CaseSubmitted", "SupplementRequested");
    }
}

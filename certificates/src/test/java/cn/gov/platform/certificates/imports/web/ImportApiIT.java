package cn.gov.platform.certificates.imports.web;

import cn.gov.platform.certificates.CertificatesIT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.testkit.Api;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** A legacy CSV of 10,000 rows: imported in the background, bad rows reported, resumable. */
class ImportApiIT extends CertificatesIT {

    private static final String HEADER = "legacyNumber,typeCode,holderKind,holderSubject,holderName,holderIdHash,"
            + "holderCreditCode,issuingDepartment,issuingDivision,validFrom,validUntil,field.operatorName,"
            + "field.premises,field.mainForm,field.operatingItems\n";

    @Autowired
    MongoTemplate mongo;

    private String clerk() {
        return issuer().staffToken("demo-clerk", Fixtures.COUNTY, Fixtures.MARKET, "clerk");
    }

    /** Issued a year ago for five years, so that the certificates are in force whatever the date the test runs. */
    private static final java.time.LocalDate VALID_FROM = cn.gov.platform.kernel.ChinaTime
            .dateOf(cn.gov.platform.testkit.TestClock.now()).minusYears(1);
    private static final java.time.LocalDate VALID_UNTIL = VALID_FROM.plusYears(5).minusDays(1);

    /** Every 200th row has a wrong credit code, every 250th a bad date (both on row 1000k: one error). */
    private static String csv(String tag, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            String code = i % 200 == 0 ? "91350100M000100Y44" : Fixtures.CREDIT_CODE;
            String from = i % 250 == 0 ? "2022-02-30" : VALID_FROM.toString();
            csv.append(tag).append('-').append(i).append(",food-operation-permit,enterprise,legacy-holder-").append(i)
                    .append(",\"同心县第").append(i).append("号食品店, 有限公司\",,").append(code)
                    .append(",county-market-regulation,640324000000,").append(from).append(",").append(VALID_UNTIL).append(",")
                    .append("同心县食品店,豫海镇,食品销售经营者,预包装食品销售\n");
        }
        return csv.toString();
    }

    @Test
    void tenThousandRowsImportWithACorrectReportOfTheBadRowsEvenAfterACrash() {
        String tag = "SP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int rows = 10_000;
        int bad = rows / 200 + rows / 250 - rows / 1000;

        Api.Reply started = api().send("POST", "/api/certificates/imports", clerk(), csv(tag, rows),
                Map.of("Content-Type", "text/csv"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();

        // Simulate a crash after some batches were issued but not recorded: rewind the job.
        JsonNode progress = waitFor(id, p -> p.get("processedRows").asInt() >= 400);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("nextRow", 0)
                .set("imported", 0).set("failed", 0).set("errors", java.util.List.of())
                .set("leaseUntil", "1970-01-01T00:00:00Z").set("finished", false), "imports");

        JsonNode done = waitFor(id, p -> p.get("state").asString().equals("finished"));
        assertThat(progress.get("totalRows").asInt()).isEqualTo(rows);
        assertThat(done.get("imported").asInt()).isEqualTo(rows - bad);
        assertThat(done.get("failed").asInt()).isEqualTo(bad);
        assertThat(done.get("errors")).hasSize(bad);
        assertThat(done.get("errors").get(0).get("row").asInt()).isEqualTo(201);
        assertThat(done.get("errors").get(0).get("field").asString()).isEqualTo("holder.creditCode");
        assertThat(done.get("errors").get(1).get("row").asInt()).isEqualTo(251);
        assertThat(done.get("errors").get(1).get("field").asString()).isEqualTo("validFrom");
        long stored = mongo.count(Query.query(Criteria.where("caseNumber")
                .regex("^" + Pattern.quote("LEGACY-" + tag + "-"))), "certificates");
        assertThat(stored).isEqualTo(rows - bad);

        Document one = mongo.findOne(Query.query(Criteria.where("caseNumber").is("LEGACY-" + tag + "-1")),
                Document.class, "certificates");
        assertThat(api().get("/api/certificates/verify/" + one.getString("_id"), null).json().get("status").asString())
                .isEqualTo("valid");
    }

    @Test
    void onlyStaffMayImportAndABadHeaderIsRefusedAtOnce() {
        Api.Reply citizen = api().send("POST", "/api/certificates/imports", issuer().token("demo-citizen", "citizen"),
                HEADER + "x\n", Map.of("Content-Type", "text/csv"));
        Api.Reply badHeader = api().send("POST", "/api/certificates/imports", clerk(), "legacyNumber,typeCode\nA,B\n",
                Map.of("Content-Type", "text/csv"));

        assertThat(citizen.status()).isEqualTo(404);
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.json().get("code").asString()).isEqualTo("MISSING_COLUMNS");
    }

    @Test
    void anotherDepartmentCannotFollowTheImport() {
        String id = api().send("POST", "/api/certificates/imports", clerk(), csv("OTHER" + UUID.randomUUID().toString()
                .substring(0, 4).toUpperCase(), 3), Map.of("Content-Type", "text/csv")).json().get("id").asString();

        Api.Reply other = api().get("/api/certificates/imports/" + id,
                issuer().staffToken("demo-clerk", Fixtures.COUNTY, "county-transport", "clerk"));

        assertThat(other.status()).isEqualTo(404);
        assertThat(waitFor(id, p -> p.get("state").asString().equals("finished")).get("imported").asInt()).isEqualTo(3);
    }

    private JsonNode waitFor(String id, java.util.function.Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api().get("/api/certificates/imports/" + id, clerk()).json();
            if (condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Import did not reach the condition in time; last: " + last);
    }
}

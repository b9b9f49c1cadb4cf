package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, point 1: the case's handler, reviewer and approver, joint departments and the applicant
 * side open the uploaded materials; each opening by staff is on the record the applicant sees;
 * anyone else is told the case does not exist.
 */
class MaterialReviewIT extends IntakeIT {

    static final Instant FEB_10 = LocalDate.parse("2026-02-10").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai"))
            .toInstant();

    @BeforeEach
    void onFebTenth() {
        TestClock.set(FEB_10);
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    private static byte[] layout() {
        byte[] content = pdf(4096);
        byte[] mark = "premises layout of the noodle shop".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, content, 100, mark.length);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A food permit with the premises layout uploaded, the licence and ID card by reference; submitted unless a draft is wanted. */
    private String foodPermitCase(boolean submit) {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-17"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000017"}]}""");
        assertThat(drafted.status()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(upload(citizen(), id, "premises-layout", "平面图.pdf", "application/pdf", layout()).status())
                .isEqualTo(200);
        if (submit) {
            assertThat(act(citizen(), id, "submit", "{}").json().get("state").asString()).isEqualTo("SUBMITTED");
        }
        return id;
    }

    private Api.Reply open(String token, String id, String code) {
        return api().get("/api/intake/cases/" + id + "/materials/" + code, token);
    }

    private JsonNode openings(String token, String id) {
        Api.Reply reply = api().get("/api/intake/cases/" + id + "/material-openings", token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theHandlerOpensAnUploadedMaterialInlineWithItsTypeAndChecksum() throws Exception {
        String id = foodPermitCase(true);

        Api.Reply opened = open(clerk(), id, "premises-layout");

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.contentType()).startsWith("application/pdf");
        assertThat(opened.header("Content-Disposition")).startsWith("inline").contains("filename*=UTF-8''");
        assertThat(opened.header("X-Checksum-SHA256")).isEqualTo(sha256(layout()));
        assertThat(opened.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(layout())) + ":");
        assertThat(opened.header("Cache-Control")).contains("no-store");
        assertThat(opened.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(layout().length);
        assertThat(opened.body()).startsWith("%PDF-1.7").contains("premises layout of the noodle shop");
    }

    @Test
    void everyOpeningByStaffIsOnTheRecordTheApplicantSeesButTheApplicantsOwnAreNot() {
        String id = foodPermitCase(true);

        assertThat(open(citizen(), id, "premises-layout").status()).isEqualTo(200);
        assertThat(openings(citizen(), id).get("count").asInt()).isZero();
        assertThat(open(clerk(), id, "premises-layout").status()).isEqualTo(200);
        assertThat(open(reviewer(), id, "premises-layout").status()).isEqualTo(200);

        JsonNode record = openings(citizen(), id);
        assertThat(record.get("count").asInt()).isEqualTo(2);
        JsonNode first = record.get("items").get(0);
        assertThat(first.get("openedBy").asString()).isEqualTo("demo-clerk");
        assertThat(first.get("role").asString()).isEqualTo("HANDLER");
        assertThat(first.get("departmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(first.get("materialName").asString()).isNotBlank();
        assertThat(first.get("fileName").asString()).isEqualTo("平面图.pdf");
        assertThat(Instant.parse(first.get("at").asString())).isEqualTo(FEB_10);
        assertThat(record.get("items").get(1).get("role").asString()).isEqualTo("REVIEWER");
        assertThat(record.toString()).doesNotContain("subject").doesNotContain(issuerSubject("demo-clerk"));
        assertThat(openings(clerk(), id).get("count").asInt()).isEqualTo(2);
    }

    private static String issuerSubject(String user) {
        return cn.gov.platform.testkit.TestIssuer.subjectOf(user);
    }

    @Test
    void someoneElsesMaterialIs404AsIfTheCaseDidNotExistAndNothingIsRecorded() {
        String id = foodPermitCase(true);
        String stranger = issuer().token("someone-else", "citizen");
        String townClerk = issuer().staffToken("yuhai-clerk", YUHAI, MARKET, "clerk");
        String supervisor = issuer().staffToken("demo-supervisor", COUNTY, MARKET, "supervisor");

        for (String token : List.of(stranger, townClerk, supervisor)) {
            Api.Reply refused = open(token, id, "premises-layout");
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
            assertThat(api().get("/api/intake/cases/" + id + "/material-openings", token).status()).isEqualTo(404);
        }
        Api.Reply madeUp = open(clerk(), "00000000-0000-0000-0000-000000000000", "premises-layout");
        assertThat(madeUp.status()).isEqualTo(404);
        assertThat(madeUp.json().get("code").asString()).isEqualTo("CASE_NOT_FOUND");
        assertThat(openings(citizen(), id).get("count").asInt()).isZero();
    }

    @Test
    void aDraftIsTheApplicantsOwnUntilSubmittedStaffDoNotSeeItsFiles() {
        String id = foodPermitCase(false);

        assertThat(open(clerk(), id, "premises-layout").status()).isEqualTo(404);
        assertThat(open(citizen(), id, "premises-layout").status()).isEqualTo(200);
    }

    @Test
    void aMaterialWithoutAnUploadedFileIs404NamingThat() {
        String id = foodPermitCase(true);

        for (String code : List.of("business-licence", "safety-rules", "no-such-material")) {
            Api.Reply missing = open(clerk(), id, code);
            assertThat(missing.status()).as(code).isEqualTo(404);
            assertThat(missing.json().get("code").asString()).isEqualTo("MATERIAL_FILE_NOT_FOUND");
        }
        assertThat(openings(citizen(), id).get("count").asInt()).isZero();
    }

    @Test
    void aJointDepartmentOpensTheMaterialsForItsTaskUnderItsOwnName() {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-006","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        String id = drafted.json().get("id").asString();
        for (String material : List.of("application-form", "premises-layout", "fire-commitment", "fume-equipment")) {
            assertThat(upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(1024)).status())
                    .isEqualTo(200);
        }
        act(citizen(), id, "submit", "{}");
        assertThat(act(clerk(), id, "accept", "{}").status()).isEqualTo(200);
        String fireApprover = issuer().staffToken("fire-approver", COUNTY, "county-fire-rescue", "approver");

        assertThat(open(fireApprover, id, "fire-commitment").status()).isEqualTo(200);

        JsonNode first = openings(citizen(), id).get("items").get(0);
        assertThat(first.get("department").asString()).isEqualTo("county-fire-rescue");
        assertThat(first.get("departmentName").asString()).isNotEqualTo("county-fire-rescue").contains("消防");
        assertThat(first.get("role").asString()).isEqualTo("APPROVER");
    }
}

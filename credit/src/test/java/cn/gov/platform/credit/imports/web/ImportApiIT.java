package cn.gov.platform.credit.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.CreditIT;
import cn.gov.platform.testkit.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportApiIT extends CreditIT {

    private static final String HEADER = "subjectKind,idNumber,creditCode,name,list,listType,issuingDepartment,legalBasis,reason,documentNumber,start,end\n";

    private JsonNode finished(String token, Api.Reply started) {
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode[] job = new JsonNode[1];
        eventually(() -> {
            job[0] = api().get("/api/credit/imports/" + id, token).json();
            assertThat(job[0].get("state").asString()).isEqualTo("DONE");
        });
        return job[0];
    }

    @Test
    void aCsvImportReportsEachBadRowAndAReimportAddsNothing() {
        String reviewer = issuer().staffToken("imp-reviewer", "640324000000", "county-court", "reviewer");
        String csv = HEADER
                + "NATURAL_PERSON,640324199007080523,,李秀兰,BLACK,DISHONEST_JUDGMENT_DEBTOR,county-court,《民事诉讼法》第二百六十二条,拒不履行生效判决,\"(2026)宁0324执1号\",2026-02-01,2028-01-31\n"
                + "LEGAL_PERSON,,91640324MA76TX0DXL,同心县豫海商贸有限公司,BLACK,DISHONEST_JUDGMENT_DEBTOR,county-court,《民事诉讼法》,拒不履行,(2026)宁0324执2号,2026-02-01,\n"
                + "NATURAL_PERSON,640324199007080524,,坏号码,BLACK,DISHONEST_JUDGMENT_DEBTOR,county-court,依据,事由,(2026)宁0324执3号,2026-02-01,\n"
                + "LEGAL_PERSON,,91640324MA76TX0DXL,同心县豫海商贸有限公司,RED,DISHONEST_JUDGMENT_DEBTOR,county-court,依据,事由,(2026)宁0324执4号,2026-02-01,\n"
                + "LEGAL_PERSON,,91640324MA76TX0DXL,同心县豫海商贸有限公司,BLACK,DISHONEST_JUDGMENT_DEBTOR,county-tax,依据,事由,(2026)宁0324执5号,2026-02-01,\n"
                + "LEGAL_PERSON,,91640324MA76TX0DXL,同心县豫海商贸有限公司,BLACK,DISHONEST_JUDGMENT_DEBTOR,county-court,依据,事由,(2026)宁0324执6号,2026-02-30,\n";

        JsonNode job = finished(reviewer, api().send("POST", "/api/credit/imports", reviewer, csv,
                Map.of("Content-Type", "text/csv")));

        assertThat(job.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(job.get("accepted").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isEqualTo(4);
        assertThat(job.get("errors").valueStream().map(e -> e.get("row").asLong() + ":" + e.get("field").asString()).toList())
                .containsExactly("3:idNumber", "4:list", "5:issuingDepartment", "6:start");
        assertThat(job.toString()).doesNotContain("640324199007080523");

        isPerson("imp-debtor", "640324199007080523", "李秀兰");
        assertThat(check("imp-debtor", "MZ-002").json().get("standing").asString()).isEqualTo("RESTRICTIONS");

        JsonNode again = finished(reviewer, api().send("POST", "/api/credit/imports", reviewer, csv,
                Map.of("Content-Type", "text/csv")));
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("alreadyPresent").asLong()).isEqualTo(2);

        // Another staff member cannot read the job; a citizen cannot import at all.
        assertThat(api().get("/api/credit/imports/" + again.get("id").asString(),
                issuer().staffToken("imp-other", "640324000000", "county-court", "reviewer")).status()).isEqualTo(404);
        assertThat(api().send("POST", "/api/credit/imports", issuer().token("imp-citizen", "citizen"), csv,
                Map.of("Content-Type", "text/csv")).status()).isEqualTo(404);
    }

    @Test
    void jsonLinesImportTheSameWayAndAnUnknownFormatIsA400() {
        String admin = issuer().token("imp-admin", "admin");
        String lines = """
                {"subjectKind":"LEGAL_PERSON","creditCode":"91640324MA76TX0DXL","name":"同心县豫海商贸有限公司","list":"RED","listType":"A_GRADE_TAXPAYER","issuingDepartment":"county-tax","legalBasis":"《纳税信用管理办法》","reason":"2025 年度 A 级","documentNumber":"同税信〔2026〕1号","start":"2026-04-01"}
                not json
                """;
        JsonNode job = finished(admin, api().send("POST", "/api/credit/imports", admin, lines,
                Map.of("Content-Type", "application/x-ndjson")));
        assertThat(job.get("accepted").asLong()).isEqualTo(1);
        assertThat(job.get("rejected").asLong()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo("MALFORMED_ROW");

        Api.Reply bad = api().send("POST", "/api/credit/imports", admin, "x", Map.of("Content-Type", "text/plain"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }
}

package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.Test;

class MyCasesApiIT extends IntakeIT {

    @Test
    void anApplicantSeesOnlyTheirOwnCases() {
        String mine = file(issuer().token("list-citizen-1", "citizen"),
                "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();
        String theirs = file(issuer().token("list-citizen-2", "citizen"),
                "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();

        Api.Reply reply = api().get("/api/intake/cases", issuer().token("list-citizen-1", "citizen"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("count").asInt()).isEqualTo(1);
        assertThat(reply.json().get("items").get(0).get("id").asString()).isEqualTo(mine);
        assertThat(reply.json().get("items").get(0).get("itemName").asString()).isEqualTo("食品经营许可");
        assertThat(reply.body()).doesNotContain(theirs).doesNotContain("applicantSubject");
    }

    @Test
    void noTokenNoCases() {
        Api.Reply reply = api().get("/api/intake/cases", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void staffSeeTheirDepartmentsQueueAndNotAnotherTownships() {
        String id = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();

        Api.Reply county = api().get("/api/intake/workbench/cases?state=SUBMITTED", clerk());
        Api.Reply township = api().get("/api/intake/workbench/cases",
                issuer().staffToken("demo-township-clerk", YUHAI, "yuhai-town-service-center", "clerk"));

        assertThat(county.status()).isEqualTo(200);
        assertThat(county.body()).contains(id);
        assertThat(township.status()).isEqualTo(200);
        assertThat(township.body()).doesNotContain(id);
        assertThat(api().get("/api/intake/workbench/cases", citizen()).status()).isEqualTo(422);
    }
}

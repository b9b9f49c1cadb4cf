package cn.gov.platform.intake.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.util.List;
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

    @Test
    void aLongQueueIsReadPageByPageOldestFirstAndEachCaseOnOnePageOnly() {
        String first = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();
        String second = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();
        String third = file(citizen(), "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}").json().get("id").asString();

        Api.Reply whole = api().get("/api/intake/workbench/cases?state=SUBMITTED", clerk());
        long total = whole.json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3).isEqualTo(whole.json().get("count").asLong());
        assertThat(whole.json().get("size").asInt()).as("the default page").isEqualTo(200);
        java.util.List<String> queue = new java.util.ArrayList<>();
        for (int page = 1; page <= total; page++) {
            Api.Reply one = api().get("/api/intake/workbench/cases?state=SUBMITTED&size=1&page=" + page, clerk());
            assertThat(one.json().get("total").asLong()).as("page %d", page).isEqualTo(total);
            assertThat(one.json().get("count").asInt()).as("page %d", page).isEqualTo(1);
            queue.add(one.json().get("items").get(0).get("id").asString());
        }
        assertThat(queue).as("one case a page, in the order of the whole queue")
                .containsExactlyElementsOf(whole.json().get("items").valueStream().map(i -> i.get("id").asString()).toList());
        assertThat(queue.indexOf(first)).isLessThan(queue.indexOf(second));
        assertThat(queue.indexOf(second)).isLessThan(queue.indexOf(third));
        Api.Reply past = api().get("/api/intake/workbench/cases?state=SUBMITTED&size=1&page=" + (total + 1), clerk());
        assertThat(past.json().get("count").asInt()).isZero();
        assertThat(past.json().get("total").asLong()).isEqualTo(total);

        Api.Reply zero = api().get("/api/intake/workbench/cases?page=0", clerk());
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("code").asString()).isEqualTo("INVALID_PAGE");
        assertThat(zero.json().get("field").asString()).isEqualTo("page");
        Api.Reply tooMany = api().get("/api/intake/workbench/cases?size=201", clerk());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("field").asString()).isEqualTo("size");
        assertThat(tooMany.json().get("message").get("en").asString()).contains("200");
        assertThat(api().get("/api/intake/workbench/cases?page=two", clerk()).status()).isEqualTo(400);
    }

    @Test
    void aClerkFindsTheirDepartmentsCaseByItsAcceptanceNumberAndNobodyElseDoes() {
        String id = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-000123"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""").json().get("id").asString();
        for (String material : List.of("premises-layout", "equipment-list", "safety-rules")) {
            upload(citizen(), id, material, material + ".pdf", "application/pdf", pdf(1024));
        }
        act(citizen(), id, "submit", "{}");
        creditAnswers(CREDIT_CLEAR);
        // The acceptance number is given at acceptance and printed on the receipt (INT-3).
        String number = act(clerk(), id, "accept", "{}").json().get("number").asString();

        Api.Reply found = api().get("/api/intake/workbench/cases?number=" + number, clerk());
        Api.Reply inState = api().get("/api/intake/workbench/cases?state=ACCEPTED&number=" + number, clerk());
        Api.Reply township = api().get("/api/intake/workbench/cases?number=" + number,
                issuer().staffToken("demo-township-clerk", YUHAI, "yuhai-town-service-center", "clerk"));
        Api.Reply malformed = api().get("/api/intake/workbench/cases?number=2026-12", clerk());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("count").asInt()).isEqualTo(1);
        assertThat(found.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(found.json().get("items").get(0).get("number").asString()).isEqualTo(number);
        assertThat(inState.json().get("count").asInt()).as("accepted").isEqualTo(1);
        assertThat(api().get("/api/intake/workbench/cases?state=SUBMITTED&number=" + number, clerk()).json()
                .get("count").asInt()).as("not in that state").isZero();
        assertThat(township.status()).isEqualTo(200);
        assertThat(township.json().get("count").asInt()).as("another township's clerk").isZero();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("INVALID_CASE_NUMBER");
        assertThat(malformed.json().get("field").asString()).isEqualTo("number");
    }
}

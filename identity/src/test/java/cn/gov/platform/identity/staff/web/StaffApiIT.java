package cn.gov.platform.identity.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class StaffApiIT extends IdentityServiceIT {

    private final String admin = issuer().token("staff-admin", "admin");

    private Api.Reply assign(String username, String department, String division, String roles) {
        return postJson("/api/identity/admin/staff-positions", admin, """
                {"staff":"%s","department":"%s","division":"%s","roles":%s}"""
                .formatted(TestIssuer.subjectOf(username), department, division, roles));
    }

    private JsonNode check(String username, String role, String department, String division) {
        Api.Reply reply = api().get("/api/identity/internal/staff/check?staff=" + TestIssuer.subjectOf(username)
                + "&role=" + role + "&department=" + department + "&division=" + division, serviceToken());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aTownshipClerkActsInTheirTownshipAndIsRefusedForAnotherTownship() {
        assertThat(assign("staff-yuhai-clerk", "yuhai-town-service-center", "640324100000", "[\"clerk\"]").status())
                .isEqualTo(201);

        assertThat(check("staff-yuhai-clerk", "clerk", "yuhai-town-service-center", "640324100201").get("allowed")
                .asBoolean()).isTrue();
        JsonNode other = check("staff-yuhai-clerk", "clerk", "yuhai-town-service-center", "640324101201");
        assertThat(other.get("allowed").asBoolean()).isFalse();
        assertThat(other.get("reason").asString()).isEqualTo("DIVISION_OUT_OF_SCOPE");
    }

    @Test
    void aCountyDepartmentCoversTheCountyButOnlyForItsDepartmentAndRole() {
        assign("staff-county-reviewer", "county-market-regulation", "640324000000", "[\"reviewer\"]");

        assertThat(check("staff-county-reviewer", "reviewer", "county-market-regulation", "640324203201")
                .get("allowed").asBoolean()).isTrue();
        assertThat(check("staff-county-reviewer", "approver", "county-market-regulation", "640324203201")
                .get("reason").asString()).isEqualTo("ROLE_NOT_HELD");
        assertThat(check("staff-county-reviewer", "reviewer", "county-supervision", "640324203201")
                .get("reason").asString()).isEqualTo("DEPARTMENT_MISMATCH");
    }

    @Test
    void withdrawingAPositionEndsTheAuthorityAtOnceDespiteTheCache() {
        String id = assign("staff-leaver", "county-market-regulation", "640324000000", "[\"approver\"]").json()
                .get("id").asString();
        assertThat(check("staff-leaver", "approver", "county-market-regulation", "640324100000").get("allowed")
                .asBoolean()).isTrue();

        assertThat(api().send("DELETE", "/api/identity/admin/staff-positions/" + id, admin, null, java.util.Map.of())
                .status()).isEqualTo(200);

        assertThat(check("staff-leaver", "approver", "county-market-regulation", "640324100000").get("reason")
                .asString()).isEqualTo("NO_POSITION");
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void theHoldersOfARoleAreThoseWhosePositionCoversTheDivisionInTheDepartment() {
        String department = "it-holders-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assign("staff-head-county", department, "640324000000", "[\"head\"]");
        assign("staff-head-yuhai", department, "640324100000", "[\"head\",\"clerk\"]");
        assign("staff-head-hexi", department, "640324101000", "[\"head\"]");
        assign("staff-sup-county", "county-supervision-" + department, "640324000000", "[\"supervisor\"]");

        JsonNode heads = api().get("/api/identity/internal/staff/holders?role=head&department=" + department
                + "&division=640324100201", serviceToken()).json();
        assertThat(texts(heads.get("staff"))).as("the county and Yuhai, not Hexi")
                .containsExactlyInAnyOrder(TestIssuer.subjectOf("staff-head-county"), TestIssuer.subjectOf("staff-head-yuhai"));

        JsonNode supervisors = api().get("/api/identity/internal/staff/holders?role=supervisor&division=640324100201",
                serviceToken()).json();
        assertThat(texts(supervisors.get("staff")))
                .as("a supervisor is sought in any department").contains(TestIssuer.subjectOf("staff-sup-county"));

        assertThat(api().get("/api/identity/internal/staff/holders?role=head&division=640324100201",
                issuer().token("staff-bad", "clerk")).status()).as("internal: services only").isEqualTo(403);
        Api.Reply badRole = api().get("/api/identity/internal/staff/holders?role=boss&division=640324100201",
                serviceToken());
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().get("code").asString()).isEqualTo("INVALID_ROLE");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Api.Reply malformed = assign("staff-bad", "county-market-regulation", "640324999000", "[\"clerk\"]");
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("division");
        assertThat(assign("staff-bad", "county-market-regulation", "640324107000", "[\"clerk\"]").json()
                .get("code").asString()).isEqualTo("UNKNOWN_DIVISION");
        assertThat(assign("staff-bad", "county-market-regulation", "640324000000", "[\"boss\"]").json()
                .get("field").asString()).isEqualTo("roles");
        Api.Reply badCheck = api().get("/api/identity/internal/staff/check?staff=x&role=clerk&department=d1&division=64",
                serviceToken());
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.json().get("field").asString()).isEqualTo("division");
        assertThat(api().get("/api/identity/admin/staff-positions", issuer().token("staff-bad", "clerk")).status())
                .isEqualTo(403);
    }
}

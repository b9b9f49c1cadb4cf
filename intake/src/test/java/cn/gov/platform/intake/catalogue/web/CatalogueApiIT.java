package cn.gov.platform.intake.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueApiIT extends IntakeIT {

    private static final String DRAFT = """
            {"code":"%s","name":"%s","itemClass":"PROMISED","lifeEvents":["测试"],"keywords":["测试事项"],
             "legalBasis":["《测试条例》第一条"],"conditions":["无"],
             "materials":[{"code":"id-card","name":"居民身份证","essential":true,"certificateType":"resident-id-card"}],
             "procedure":["受理","决定"],"statutoryDays":%d,"promisedDays":%d,"result":"测试结果","fees":[%s],
             "implementations":[{"division":"640324000000","divisionName":"同心县","department":"county-test",
               "departmentName":"同心县测试局","address":"政务服务中心","contact":"0953-8020000"}],
             "decisionChain":["HANDLER","APPROVER"],"supervision":"12345"}""";

    private Api.Reply send(String method, String path, String token, String body) {
        return api().send(method, path, token, body, Map.of("Content-Type", "application/json"));
    }

    @Test
    void anyoneSearchesTheCatalogueByKeywordLifeEventDepartmentAndDivision() {
        assertThat(api().get("/api/intake/catalogue/items", null).json().get("count").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(api().get("/api/intake/catalogue/items?q=%E4%B8%AA%E4%BD%93", null).body()).contains("SCJG-001")
                .doesNotContain("MZ-003");
        assertThat(api().get("/api/intake/catalogue/items?lifeEvent=%E7%A4%BE%E4%BC%9A%E6%95%91%E5%8A%A9", null).body())
                .contains("MZ-001", "MZ-004").doesNotContain("SCJG-002");
        assertThat(api().get("/api/intake/catalogue/items?department=county-civil-affairs", null).body())
                .contains("MZ-003").doesNotContain("SCJG-002");
        assertThat(api().get("/api/intake/catalogue/items?division=640324100201", null).body()).contains("MZ-002");
    }

    @Test
    void theGuidePublishesEveryFieldAnApplicantNeeds() {
        Api.Reply guide = api().get("/api/intake/catalogue/items/SCJG-002", null);

        assertThat(guide.status()).isEqualTo(200);
        var item = guide.json();
        assertThat(item.get("statutoryDays").asInt()).isEqualTo(20);
        assertThat(item.get("promisedDays").asInt()).isEqualTo(10);
        assertThat(item.get("legalBasis").size()).isPositive();
        assertThat(item.get("free").asBoolean()).isTrue();
        assertThat(item.get("materials").get(0).get("applicantNeedNotProvide").asBoolean()).isTrue();
        assertThat(item.get("handledAt").get(0).get("address").asString()).isNotBlank();
        assertThat(item.get("supervision").asString()).contains("12345");
        assertThat(api().get("/api/intake/catalogue/items/SCJG-999", null).status()).isEqualTo(404);
        assertThat(api().get("/api/intake/catalogue/fees", null).body()).contains("FEE-REALESTATE-HOUSING");
    }

    @Test
    void itemsMaterialsDepartmentsAndDivisionsAreNamedInEnglishBesideTheChinese() {
        var guide = api().get("/api/intake/catalogue/items/SCJG-001", null).json();
        var summary = api().get("/api/intake/catalogue/items?q=SCJG-006", null).json().get("items").get(0);
        var joint = api().get("/api/intake/catalogue/items/SCJG-006", null).json();

        assertThat(guide.get("name").asString()).isEqualTo("个体工商户设立登记");
        assertThat(guide.get("nameEn").asString()).isEqualTo("Registration of an individual business");
        assertThat(guide.get("materials").get(0).get("nameEn").asString()).isEqualTo("Applicant's resident identity card");
        assertThat(guide.get("materials").get(2).get("recordDepartmentNameEn").asString())
                .isEqualTo("Tongxin County Natural Resources Bureau (Real Estate Registration Centre)");
        var county = guide.get("handledAt").get(0);
        assertThat(county.get("departmentName").asString()).isEqualTo("同心县市场监督管理局");
        assertThat(county.get("departmentNameEn").asString()).isEqualTo("Tongxin County Administration for Market Regulation");
        assertThat(county.get("divisionNameEn").asString()).isEqualTo("Tongxin County");
        assertThat(guide.get("handledAt").get(1).get("divisionNameEn").asString()).isEqualTo("Yuhai Town");
        assertThat(summary.get("nameEn").asString()).startsWith("Opening a restaurant");
        assertThat(summary.get("handledAt").get(0).get("departmentNameEn").asString()).startsWith("Tongxin County");
        assertThat(joint.get("jointDepartments").toString()).contains("Tongxin County Fire and Rescue Brigade");
        assertThat(api().get("/api/intake/catalogue/items?q=Registration%20of%20an%20individual", null).body())
                .contains("SCJG-001");
    }

    @Test
    void theGuideAndTheFeesGiveEveryTextInEnglishBesideTheChineseAndEnglishWordsFindItems() {
        var guide = api().get("/api/intake/catalogue/items/SCJG-001", null).json();

        assertThat(guide.get("conditions").get(0).asString()).isEqualTo("有经营能力的自然人");
        assertThat(guide.get("conditionsEn").get(0).asString()).isEqualTo("A natural person able to run a business");
        assertThat(guide.get("procedureEn")).hasSize(guide.get("procedure").size());
        assertThat(guide.get("procedureEn").get(0).asString()).isEqualTo("Apply online or at the window");
        assertThat(guide.get("resultEn").asString()).isEqualTo("Business licence of an individual business");
        assertThat(guide.get("legalBasisEn").get(0).asString())
                .isEqualTo("Regulations on Promoting the Development of Individual Businesses");
        assertThat(guide.get("supervisionEn").asString()).contains("hotline 12345");
        assertThat(guide.get("lifeEventsEn").get(0).asString()).isEqualTo("Starting a business");
        assertThat(guide.get("keywordsEn").toString()).contains("opening a shop");
        assertThat(guide.get("handledAt").get(0).get("addressEn").asString())
                .startsWith("Tongxin County Government Service Centre");
        assertThat(guide.get("materials").get(2).get("departmentRecordEn").asString())
                .isEqualTo("Real estate registration records");
        var fee = guide.get("fees").get(0);
        assertThat(fee.get("name").asString()).isEqualTo("不收费");
        assertThat(fee.get("nameEn").asString()).isEqualTo("Free of charge");
        assertThat(fee.get("legalBasisEn").asString()).startsWith("Administrative Licensing Law");
        var joint = api().get("/api/intake/catalogue/items/SCJG-006", null).json();
        assertThat(joint.get("deemedConsentBasis").asString()).contains("超时默认").doesNotContain("|");
        assertThat(joint.get("deemedConsentBasisEn").asString()).contains("deemed to consent");
        assertThat(api().get("/api/intake/catalogue/fees", null).json().get("fees").findValuesAsString("nameEn"))
                .contains("Real estate registration fee (housing, per case)");

        assertThat(api().get("/api/intake/catalogue/items?q=shop", null).json().get("items").findValuesAsString("code"))
                .contains("SCJG-001", "SCJG-002", "SCJG-006").doesNotContain("MZ-003");
        assertThat(api().get("/api/intake/catalogue/items?q=Licence", null).json().get("items")
                .findValuesAsString("code")).as("any case").contains("SCJG-001", "SCJG-005", "NY-001");
        assertThat(api().get("/api/intake/catalogue/items?q=marriage", null).json().get("items")
                .findValuesAsString("code")).containsExactly("MZ-003");
    }

    @Test
    void anItemWrittenWithoutEnglishNamesIsNamedInChineseInBothPlaces() {
        String code = "TESTEN-" + (100 + (int) (Math.random() * 899));
        Api.Reply created = send("POST", "/api/intake/catalogue/items", issuer().token("demo-admin", "admin"),
                DRAFT.formatted(code, "测试事项", 10, 5, "\"FEE-NONE\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var item = api().get("/api/intake/catalogue/items/" + code, null).json();

        assertThat(item.get("nameEn").asString()).isEqualTo("测试事项");
        assertThat(item.get("materials").get(0).get("nameEn").asString()).isEqualTo("居民身份证");
        assertThat(item.get("handledAt").get(0).get("departmentNameEn").asString()).isEqualTo("同心县测试局");
        assertThat(item.get("handledAt").get(0).get("divisionNameEn").asString()).isEqualTo("同心县");
        assertThat(item.get("conditionsEn").get(0).asString()).isEqualTo("无");
        assertThat(item.get("procedureEn")).hasSize(2);
        assertThat(item.get("resultEn").asString()).isEqualTo("测试结果");
        assertThat(item.get("handledAt").get(0).get("addressEn").asString()).isEqualTo("政务服务中心");
    }

    @Test
    void onlyAdministratorsChangeItemsAndEveryChangeIsANewVersionThatCasesDoNotFollow() {
        String admin = issuer().token("demo-admin", "admin");
        String code = "TEST-" + (100 + (int) (Math.random() * 899));
        String v1 = DRAFT.formatted(code, "测试事项", 20, 10, "\"FEE-NONE\"");

        assertThat(send("POST", "/api/intake/catalogue/items", citizen(), v1).status()).isEqualTo(403);
        assertThat(api().send("POST", "/api/intake/catalogue/items", null, v1, Map.of("Content-Type", "application/json"))
                .status()).isEqualTo(401);
        Api.Reply created = send("POST", "/api/intake/catalogue/items", admin, v1);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(send("POST", "/api/intake/catalogue/items", admin, v1).status()).isEqualTo(409);

        String caseId = file(citizen(), "{\"itemCode\":\"%s\",\"division\":\"640324000000\"}".formatted(code))
                .json().get("id").asString();

        Api.Reply changed = send("PUT", "/api/intake/catalogue/items/" + code, admin,
                DRAFT.formatted(code, "测试事项（修订）", 20, 5, "\"FEE-NONE\""));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        assertThat(api().get("/api/intake/catalogue/items/" + code, null).json().get("promisedDays").asInt()).isEqualTo(5);
        assertThat(api().get("/api/intake/catalogue/items/" + code + "/versions/1", null).json().get("promisedDays")
                .asInt()).isEqualTo(10);
        var theCase = api().get("/api/intake/cases/" + caseId, citizen()).json();
        assertThat(theCase.get("itemVersion").asInt()).isEqualTo(1);
        assertThat(theCase.get("itemName").asString()).isEqualTo("测试事项");
    }

    @Test
    void anItemThatBreaksARuleIsRefusedNamingTheField() {
        String admin = issuer().token("demo-admin", "admin");

        Api.Reply longPromise = send("POST", "/api/intake/catalogue/items", admin,
                DRAFT.formatted("TEST-001", "x", 10, 11, "\"FEE-NONE\""));
        Api.Reply inventedFee = send("POST", "/api/intake/catalogue/items", admin,
                DRAFT.formatted("TEST-002", "x", 10, 5, "\"FEE-INVENTED\""));

        assertThat(longPromise.status()).isEqualTo(400);
        assertThat(longPromise.json().get("code").asString()).isEqualTo("PROMISED_EXCEEDS_STATUTORY");
        assertThat(longPromise.json().get("field").asString()).isEqualTo("limits.promised");
        assertThat(inventedFee.json().get("code").asString()).isEqualTo("FEE_NOT_IN_CATALOGUE");
        assertThat(api().get("/api/intake/catalogue/items/TEST-001", null).status()).isEqualTo(404);
    }
}

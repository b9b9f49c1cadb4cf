package cn.gov.platform.identity.division.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.identity.IdentityServiceIT;
import cn.gov.platform.testkit.Api;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DivisionApiIT extends IdentityServiceIT {

    @Test
    void anyoneReadsTheCountyWithItsSevenTownsAndFourTownships() {
        Api.Reply county = api().get("/api/identity/divisions/640324000000", null);
        Api.Reply children = api().get("/api/identity/divisions/640324000000/children", null);

        assertThat(county.status()).isEqualTo(200);
        assertThat(county.json().get("name").asString()).isEqualTo("同心县");
        assertThat(county.json().get("level").asString()).isEqualTo("county");
        JsonNode list = children.json();
        assertThat(list.size()).isEqualTo(11);
        assertThat(list.toString()).contains("豫海镇", "河西镇", "韦州镇", "下马关镇", "预旺镇", "王团镇", "丁塘镇",
                "田老庄乡", "马高庄乡", "张家塬乡", "兴隆乡");
    }

    @Test
    void everyDivisionIsNamedInEnglishTooTownsAndVillagesInPinyin() {
        JsonNode county = api().get("/api/identity/divisions/640324000000", null).json();
        JsonNode village = api().get("/api/identity/divisions/640324100201", null).json();
        JsonNode towns = api().get("/api/identity/divisions/640324000000/children", null).json();

        assertThat(county.get("nameEn").asString()).isEqualTo("Tongxin County");
        assertThat(village.get("name").asString()).isEqualTo("团庄村");
        assertThat(village.get("nameEn").asString()).isEqualTo("Tuanzhuang Village");
        assertThat(towns.toString()).contains("Yuhai Town", "Hexi Town", "Weizhou Town", "Xinglong Township");
        towns.forEach(t -> assertThat(t.get("nameEn").asString()).as(t.get("name").asString())
                .isNotBlank().isNotEqualTo(t.get("name").asString()));
    }

    @Test
    void ancestorsRunFromTheProvinceDown() {
        JsonNode ancestors = api().get("/api/identity/divisions/640324100201/ancestors", null).json();

        assertThat(ancestors.size()).isEqualTo(4);
        assertThat(ancestors.get(0).get("name").asString()).isEqualTo("宁夏回族自治区");
        assertThat(ancestors.get(3).get("code").asString()).isEqualTo("640324100000");
    }

    @Test
    void withinAnswersForTheTreeNotForLookalikeCodes() {
        assertThat(api().get("/api/identity/divisions/640324100201/within/640324100000", null).json().get("within")
                .asBoolean()).isTrue();
        assertThat(api().get("/api/identity/divisions/640324100201/within/640324101000", null).json().get("within")
                .asBoolean()).isFalse();
    }

    @Test
    void anUnknownCodeIs404AndAMalformedOneIs400NamingTheField() {
        Api.Reply unknown = api().get("/api/identity/divisions/640324105299", null);
        Api.Reply malformed = api().get("/api/identity/divisions/64032/children", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("DIVISION_NOT_FOUND");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("field").asString()).isEqualTo("code");
        assertThat(malformed.json().get("message").get("zh").asString()).contains("12 位");
    }
}

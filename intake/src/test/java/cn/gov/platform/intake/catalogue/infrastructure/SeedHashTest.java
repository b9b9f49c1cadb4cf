package cn.gov.platform.intake.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.application.ItemDraft;
import org.junit.jupiter.api.Test;

/** The seed item's hash follows its values, not the file's layout. */
class SeedHashTest {

    private static ItemDraft draft(String json) {
        return Fixtures.JSON.readValue(json, ItemDraft.class);
    }

    private static final String ITEM = """
            {"code":"SCJG-002","name":"食品经营许可","itemClass":"PROMISED","statutoryDays":20,"promisedDays":10,
             "materials":[{"code":"business-licence","name":"营业执照"}],"keywords":["食品","许可"]}""";

    @Test
    void theHashIsSha256InHex() {
        assertThat(SeedHash.of(draft(ITEM), Fixtures.JSON)).matches("[0-9a-f]{64}");
    }

    @Test
    void reorderedKeysAnExplicitNullAndOtherWhitespaceHashTheSame() {
        String reordered = """
                {"promisedDays":10, "statutoryDays":20, "itemClass":"PROMISED", "name":"食品经营许可",
                 "keywords":["食品","许可"], "code":"SCJG-002", "result":null,
                 "materials":[{"name":"营业执照","code":"business-licence"}]}""";

        assertThat(SeedHash.of(draft(reordered), Fixtures.JSON)).isEqualTo(SeedHash.of(draft(ITEM), Fixtures.JSON));
    }

    @Test
    void aChangedLimitAChangedMaterialOrAReorderedListChangeTheHash() {
        String original = SeedHash.of(draft(ITEM), Fixtures.JSON);

        assertThat(SeedHash.of(draft(ITEM.replace("\"promisedDays\":10", "\"promisedDays\":5")), Fixtures.JSON))
                .isNotEqualTo(original);
        assertThat(SeedHash.of(draft(ITEM.replace("营业执照\"}", "营业执照\",\"essential\":false}")), Fixtures.JSON))
                .isNotEqualTo(original);
        assertThat(SeedHash.of(draft(ITEM.replace("[\"食品\",\"许可\"]", "[\"许可\",\"食品\"]")), Fixtures.JSON))
                .isNotEqualTo(original);
    }
}

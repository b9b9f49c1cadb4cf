package cn.gov.platform.identity.division.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionTreeTest {

    static DivisionTree tongxin() {
        DivisionCode county = new DivisionCode("640324000000");
        DivisionCode yuhai = new DivisionCode("640324100000");
        DivisionCode hexi = new DivisionCode("640324101000");
        return DivisionTree.of(List.of(
                new Division(county, "同心县", null, false),
                new Division(yuhai, "豫海镇", county, true),
                new Division(hexi, "河西镇", county, true),
                new Division(new DivisionCode("640324100201"), "团庄村", yuhai, true),
                new Division(new DivisionCode("640324101201"), "上河湾村", hexi, true)));
    }

    @Test
    void aVillageLiesWithinItsTownshipAndCountyButNotAnotherTownship() {
        DivisionTree tree = tongxin();
        DivisionCode village = new DivisionCode("640324100201");

        assertThat(tree.isWithin(village, new DivisionCode("640324100000"))).isTrue();
        assertThat(tree.isWithin(village, new DivisionCode("640324000000"))).isTrue();
        assertThat(tree.isWithin(village, village)).isTrue();
        assertThat(tree.isWithin(village, new DivisionCode("640324101000"))).isFalse();
        assertThat(tree.isWithin(new DivisionCode("640324000000"), new DivisionCode("640324100000"))).isFalse();
    }

    @Test
    void aDivisionTheRegistryGivesNoEnglishNameIsNamedInChineseInBothLanguages() {
        DivisionCode county = new DivisionCode("640324000000");

        assertThat(new Division(county, "同心县", null, false).nameEn()).isEqualTo("同心县");
        assertThat(new Division(county, "同心县", null, false, " ").nameEn()).isEqualTo("同心县");
        assertThat(new Division(county, "同心县", null, false, "Tongxin County").nameEn()).isEqualTo("Tongxin County");
    }

    @Test
    void unknownCodesLieNowhere() {
        assertThat(tongxin().isWithin(new DivisionCode("640324100299"), new DivisionCode("640324000000"))).isFalse();
    }

    @Test
    void listsAncestorsFromTheTopAndChildrenInCodeOrder() {
        DivisionTree tree = tongxin();

        assertThat(tree.ancestors(new DivisionCode("640324100201"))).extracting(Division::name)
                .containsExactly("同心县", "豫海镇");
        assertThat(tree.children(new DivisionCode("640324000000"))).extracting(Division::name)
                .containsExactly("豫海镇", "河西镇");
    }

    @Test
    void refusesATreeWithAMissingParentOrADuplicate() {
        DivisionCode county = new DivisionCode("640324000000");
        assertThatThrownBy(() -> DivisionTree.of(List.of(
                new Division(new DivisionCode("640324100000"), "豫海镇", county, true))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DivisionTree.of(List.of(new Division(county, "同心县", null, false),
                new Division(county, "同心县", null, false)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDivisionCannotHangUnderACodeThatIsNotItsParentByTheRules() {
        assertThatThrownBy(() -> new Division(new DivisionCode("640324100201"), "团庄村",
                new DivisionCode("640324101000"), true)).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.gov.platform.credit.classes.domain;

import static cn.gov.platform.credit.Fixtures.active;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassRulesTest {

    private static final MeasureCatalogue CATALOGUE = Fixtures.catalogue();
    private static final long DAY = Fixtures.TODAY.toEpochDay();

    @Test
    void anEnterpriseWithNoRecordsIsB() {
        assertThat(ClassRules.classify(List.of(), new long[0], DAY, CATALOGUE).creditClass()).isEqualTo(CreditClass.B);
    }

    @Test
    void aSeriousBlackListMakesD() {
        var c = ClassRules.classify(List.of(active("E", ListColour.BLACK, "SERIOUS_TAX_VIOLATION"),
                active("R", ListColour.RED, "A_GRADE_TAXPAYER")), new long[0], DAY, CATALOGUE);

        assertThat(c.creditClass()).isEqualTo(CreditClass.D);
        assertThat(c.reasons()).singleElement().asString().contains("SERIOUS_BLACK_LIST");
    }

    @Test
    void aGeneralBlackListOrThreeRecentPenaltiesMakeC() {
        assertThat(ClassRules.classify(List.of(active("E", ListColour.BLACK, "ABNORMAL_OPERATION")), new long[0], DAY,
                CATALOGUE).creditClass()).isEqualTo(CreditClass.C);
        assertThat(ClassRules.classify(List.of(), new long[] {DAY - 10, DAY - 400, DAY - 800}, DAY, CATALOGUE).creditClass())
                .isEqualTo(CreditClass.C);
    }

    @Test
    void penaltiesOlderThanThreeYearsDoNotCount() {
        assertThat(ClassRules.classify(List.of(), new long[] {DAY - 10, DAY - 400, DAY - 1200}, DAY, CATALOGUE).creditClass())
                .isEqualTo(CreditClass.B);
    }

    @Test
    void aRedListWithoutRecentPenaltiesMakesAButOnePenaltyKeepsItB() {
        var red = List.of(active("R", ListColour.RED, "A_GRADE_TAXPAYER"));

        assertThat(ClassRules.classify(red, new long[0], DAY, CATALOGUE).creditClass()).isEqualTo(CreditClass.A);
        assertThat(ClassRules.classify(red, new long[] {DAY - 30}, DAY, CATALOGUE).creditClass()).isEqualTo(CreditClass.B);
    }
}

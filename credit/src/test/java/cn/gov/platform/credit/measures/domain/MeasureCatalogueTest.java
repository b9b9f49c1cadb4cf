package cn.gov.platform.credit.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureCatalogueTest {

    @Test
    void theSeedCatalogueLoadsAndEveryListTypeHasAMeasure() {
        MeasureCatalogue catalogue = Fixtures.catalogue();

        assertThat(catalogue.listTypes()).hasSizeGreaterThanOrEqualTo(9);
        catalogue.listTypes().forEach(t -> assertThat(catalogue.inEffect(t.code(), Fixtures.TODAY)).as(t.code()).isNotEmpty());
    }

    @Test
    void theHighestVersionInEffectOnTheDayIsChosen() {
        MeasureCatalogue catalogue = Fixtures.catalogue();

        assertThat(catalogue.inEffect("WAGE_ARREARS", LocalDate.of(2026, 6, 30))).singleElement()
                .extracting(Measure::version).isEqualTo(1);
        assertThat(catalogue.inEffect("WAGE_ARREARS", LocalDate.of(2026, 7, 1))).singleElement()
                .extracting(Measure::version).isEqualTo(2);
        assertThat(catalogue.allVersions()).filteredOn(m -> m.id().equals("WAGE-REVIEW")).hasSize(2);
    }

    @Test
    void anIncentiveOnABlackListOrAnUnknownListTypeIsRefused() {
        ListType black = new ListType("X", ListColour.BLACK, "x", "x", Severity.GENERAL, "k");
        Measure incentive = new Measure("M", 1, "X", MeasureKind.PRIORITY_HANDLING, Set.of("*"), "b", "z", "e",
                LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> new MeasureCatalogue(List.of(black), List.of(incentive)))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code()).isEqualTo("MEASURE_COLOUR_MISMATCH"));
        assertThatThrownBy(() -> new MeasureCatalogue(List.of(), List.of(incentive)))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.code()).isEqualTo("UNKNOWN_LIST_TYPE"));
    }
}

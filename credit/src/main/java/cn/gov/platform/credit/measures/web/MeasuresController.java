package cn.gov.platform.credit.measures.web;

import cn.gov.platform.credit.measures.domain.ListType;
import cn.gov.platform.credit.measures.domain.Measure;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The joint-measures catalogue is public: anyone may read which measures exist and on what legal basis. */
@RestController
class MeasuresController {

    private final MeasureCatalogue catalogue;

    MeasuresController(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record Catalogue(List<ListType> listTypes, List<Measure> measures) {
    }

    @GetMapping("/api/credit/public/measures")
    Catalogue measures() {
        return new Catalogue(catalogue.listTypes().stream().sorted(Comparator.comparing(ListType::code)).toList(),
                catalogue.allVersions());
    }
}

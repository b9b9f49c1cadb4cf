package cn.gov.platform.credit.checks.domain;

import cn.gov.platform.credit.measures.domain.MeasureKind;
import java.util.List;

/** A measure a check applied, with the version and the entries (or the class) that triggered it. */
public record AppliedMeasure(String measureId, int measureVersion, MeasureKind kind, String legalBasis,
        String descriptionZh, String descriptionEn, List<String> becauseOf) {
}

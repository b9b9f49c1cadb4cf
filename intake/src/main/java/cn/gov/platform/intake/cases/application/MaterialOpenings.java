package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.MaterialOpening;
import java.util.List;

/** The record of staff opening the materials of cases (issue 17, point 1). */
public interface MaterialOpenings {

    void record(MaterialOpening opening);

    /** The openings of one case, oldest first. */
    List<MaterialOpening> ofCase(String caseId);
}

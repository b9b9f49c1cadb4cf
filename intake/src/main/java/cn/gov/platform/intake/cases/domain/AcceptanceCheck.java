package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the acceptance rules look at: the item's materials, what was handed in, what the handler tolerates. */
public record AcceptanceCheck(List<RequiredMaterial> required, Set<String> present, List<ToleratedMaterial> tolerated,
        LocalDate today, LocalDate promisedDue) {
}

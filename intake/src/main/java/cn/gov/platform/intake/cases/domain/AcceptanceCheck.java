package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the acceptance rules look at: the item's materials, what was handed in, what the handler
 * tolerates, and the credit check's answer (null when there is none).
 */
public record AcceptanceCheck(List<RequiredMaterial> required, Set<String> present, List<ToleratedMaterial> tolerated,
        LocalDate today, LocalDate promisedDue, LocalDate statutoryDue, @Nullable CreditRecord credit) {

    public AcceptanceCheck(List<RequiredMaterial> required, Set<String> present, List<ToleratedMaterial> tolerated,
            LocalDate today, LocalDate promisedDue) {
        this(required, present, tolerated, today, promisedDue, promisedDue, null);
    }

    boolean credit(String kind) {
        return credit != null && credit.has(kind);
    }
}

package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.StaffRole;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of the decision chain: who, in which role, proposed or decided what, and why (INT-9). */
public record Opinion(StaffRole role, String actorSubject, String actorName, Verdict verdict, String reasons,
        @Nullable String legalBasis, Instant at) {
}

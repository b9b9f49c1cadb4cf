package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A written notice to the applicant (INT-2): a request to supplement that lists everything at
 * once, or a refusal to accept with its reasons and its own serial number.
 */
public record Notice(Kind kind, @Nullable String number, List<Defect> defects, String reason,
        @Nullable String legalBasis, String issuedBy, Instant issuedAt, boolean duringReview) {

    /** A request to supplement (补正告知) or a refusal to accept (不予受理). */
    public enum Kind { SUPPLEMENT, NOT_ACCEPTED }

    public Notice {
        defects = List.copyOf(defects);
    }
}

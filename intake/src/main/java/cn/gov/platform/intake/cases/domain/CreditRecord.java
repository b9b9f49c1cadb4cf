package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a credit check answered and the case used (CRE-2: every decision cites the entries and
 * measures it used).
 *
 * @param stage    ACCEPTANCE or DECISION
 * @param standing NO_MEASURES, INCENTIVES or RESTRICTIONS
 */
public record CreditRecord(String checkId, String stage, String standing, List<Measure> measures,
        List<Entry> entries, Instant checkedAt) {

    public CreditRecord {
        measures = measures == null ? List.of() : List.copyOf(measures);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One joint measure (联合奖惩措施) that applied: an incentive or a restriction. */
    public record Measure(String measureId, int measureVersion, String kind, @Nullable String legalBasis,
            @Nullable String description) {
    }

    /** One red- or black-list entry the check matched. */
    public record Entry(String entryId, String list, @Nullable String listType, @Nullable String issuingDepartment,
            @Nullable String legalBasis) {
    }

    public boolean has(String kind) {
        return measures.stream().anyMatch(m -> m.kind().equals(kind));
    }

    public List<String> measureIds() {
        return measures.stream().map(Measure::measureId).toList();
    }
}

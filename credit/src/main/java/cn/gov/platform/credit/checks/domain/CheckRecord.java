package cn.gov.platform.credit.checks.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a check answered, kept so that every decision can cite the entries and measure versions it used. */
public record CheckRecord(String id, String subject, @Nullable String subjectKey, String itemCode, String caseId,
        Stage stage, Standing standing, List<String> measures, List<String> entryIds, @Nullable String creditClass,
        Instant at) {

    /** {@code measures} holds {@code id@version}; is {@code measureId} among them? */
    public boolean cites(String measureId) {
        return measures.stream().anyMatch(m -> m.substring(0, m.lastIndexOf('@')).equals(measureId));
    }
}

package cn.gov.platform.intake.supervision.application;

import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.domain.Figures;
import cn.gov.platform.intake.supervision.domain.ItemKind;
import cn.gov.platform.intake.supervision.domain.OpenItem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The supervision read model: the last contribution of every source, one row per open item,
 * counters of open items per (division, department, kind, due date) and sums per
 * (division, department, month). Reading figures touches only the counters.
 */
public interface SupervisionProjection {

    /**
     * Makes {@code contribution} the current one of {@code source} if {@code version} is newer than
     * the one applied, and moves the counters by the difference. Returns false for a stale or repeated
     * version (nothing changes), so processing an event twice is harmless.
     */
    boolean apply(String source, long version, Contribution contribution);

    List<Figures.MonthRow> months(String divisionPrefix, YearMonth from, YearMonth to, @Nullable String department);

    List<Figures.DueRow> due(String divisionPrefix, @Nullable String department);

    /** Open items in the scope due on or before {@code dueBy} (all when null), earliest first. */
    List<OpenItem> open(String divisionPrefix, @Nullable String department, @Nullable ItemKind kind,
            @Nullable LocalDate dueBy, int limit);

    /** Starts replacing the whole model; the old one stays readable until {@link Rebuild#finish()}. */
    Rebuild rebuild();

    /** Collects every source's contribution, then writes the model in bulk. */
    interface Rebuild {
        void add(String source, long version, Contribution contribution);

        /** Writes what was added, replacing the model; returns the number of sources. */
        long finish();
    }
}

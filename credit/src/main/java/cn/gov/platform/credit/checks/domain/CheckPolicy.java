package cn.gov.platform.credit.checks.domain;

import cn.gov.platform.credit.classes.domain.CreditClass;
import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.measures.domain.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides which measures apply to a subject for an item (CRE-2). The rules, in order:
 * <ol>
 * <li>only entries in force on the day count (status and validity dates);</li>
 * <li>each entry brings the measures in effect for its list type that cover the item; an
 *     enterprise's credit class brings the measures named for {@code CREDIT_CLASS_x};</li>
 * <li>a measure triggered by several entries is applied once, citing all of them;</li>
 * <li>restrictions win: a subject with any restriction for the item gets no incentive for it
 *     (守信激励 does not offset 失信惩戒), and the standing is RESTRICTIONS;</li>
 * <li>otherwise INCENTIVES if any incentive applies, else NO_MEASURES.</li>
 * </ol>
 * Pure and allocation-light: the hot path of every check.
 */
public final class CheckPolicy {

    private CheckPolicy() {
    }

    public static Evaluation evaluate(List<ActiveEntry> entries, @Nullable CreditClass creditClass, String itemCode,
            long epochDay, Map<String, List<Measure>> measuresByListType) {
        if (entries.isEmpty() && creditClass == null) {
            return new Evaluation(Standing.NO_MEASURES, List.of(), List.of(), List.of(), null);
        }
        List<ActiveEntry> cited = new ArrayList<>(entries.size());
        Map<String, Applied> applied = new LinkedHashMap<>();
        for (ActiveEntry e : entries) {
            if (!e.appliesOn(epochDay)) {
                continue;
            }
            cited.add(e);
            for (Measure m : measuresByListType.getOrDefault(e.listType(), List.of())) {
                if (m.coversItem(itemCode)) {
                    applied.computeIfAbsent(m.id(), k -> new Applied(m)).because.add(e.entryId());
                }
            }
        }
        if (creditClass != null) {
            for (Measure m : measuresByListType.getOrDefault(creditClass.listType(), List.of())) {
                if (m.coversItem(itemCode)) {
                    applied.computeIfAbsent(m.id(), k -> new Applied(m)).because.add(creditClass.listType());
                }
            }
        }
        List<AppliedMeasure> incentives = new ArrayList<>();
        List<AppliedMeasure> restrictions = new ArrayList<>();
        for (Applied a : applied.values()) {
            (a.measure.kind().incentive() ? incentives : restrictions).add(a.toApplied());
        }
        Standing standing;
        if (!restrictions.isEmpty()) {
            incentives = List.of();
            standing = Standing.RESTRICTIONS;
        } else {
            standing = incentives.isEmpty() ? Standing.NO_MEASURES : Standing.INCENTIVES;
        }
        return new Evaluation(standing, List.copyOf(incentives), List.copyOf(restrictions), List.copyOf(cited),
                creditClass);
    }

    private static final class Applied {
        final Measure measure;
        final List<String> because = new ArrayList<>(2);

        Applied(Measure measure) {
            this.measure = measure;
        }

        AppliedMeasure toApplied() {
            return new AppliedMeasure(measure.id(), measure.version(), measure.kind(), measure.legalBasis(),
                    measure.descriptionZh(), measure.descriptionEn(), List.copyOf(because));
        }
    }
}

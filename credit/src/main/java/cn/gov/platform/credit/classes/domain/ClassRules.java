package cn.gov.platform.credit.classes.domain;

import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.ListType;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.measures.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The documented classification of a legal person from its records in force on a day; the first
 * rule that matches decides:
 * <ol>
 * <li>D: on a black list of a SERIOUS type (e.g. 严重违法失信, 重大税收违法);</li>
 * <li>C: on any other black list, or {@value #C_PENALTIES} or more administrative penalties decided in
 *     the last three years;</li>
 * <li>A: on a red list, and no penalty in the last three years;</li>
 * <li>B: everyone else (the default for an enterprise with no records).</li>
 * </ol>
 */
public final class ClassRules {

    public static final int C_PENALTIES = 3;
    private static final int LOOKBACK_DAYS = 3 * 365;

    private ClassRules() {
    }

    /** The class and the reasons a supervisor sees. */
    public record Classification(CreditClass creditClass, List<String> reasons) {
    }

    public static Classification classify(List<ActiveEntry> entries, long[] penaltyDays, long today,
            MeasureCatalogue catalogue) {
        List<String> serious = new ArrayList<>();
        List<String> black = new ArrayList<>();
        List<String> red = new ArrayList<>();
        for (ActiveEntry e : entries) {
            if (!e.appliesOn(today)) {
                continue;
            }
            Severity severity = catalogue.listType(e.listType()).map(ListType::severity).orElse(Severity.GENERAL);
            if (e.list() == ListColour.BLACK) {
                (severity == Severity.SERIOUS ? serious : black).add(e.listType() + " " + e.entryId());
            } else {
                red.add(e.listType() + " " + e.entryId());
            }
        }
        int recentPenalties = 0;
        for (long day : penaltyDays) {
            if (day <= today && day > today - LOOKBACK_DAYS) {
                recentPenalties++;
            }
        }
        if (!serious.isEmpty()) {
            return new Classification(CreditClass.D, serious.stream().map(s -> "SERIOUS_BLACK_LIST " + s).toList());
        }
        if (!black.isEmpty() || recentPenalties >= C_PENALTIES) {
            List<String> reasons = new ArrayList<>(black.stream().map(s -> "BLACK_LIST " + s).toList());
            if (recentPenalties >= C_PENALTIES) {
                reasons.add("PENALTIES_IN_3_YEARS " + recentPenalties);
            }
            return new Classification(CreditClass.C, reasons);
        }
        if (!red.isEmpty() && recentPenalties == 0) {
            return new Classification(CreditClass.A, red.stream().map(s -> "RED_LIST " + s).toList());
        }
        return new Classification(CreditClass.B, recentPenalties > 0
                ? List.of("PENALTIES_IN_3_YEARS " + recentPenalties) : List.of("NO_RECORDS"));
    }

    /**
     * The division an enterprise is registered in, for a supervisor's subtree (IDN-3): the
     * registration authority's region code, digits 3-8 of the unified social credit code (GB 32100),
     * as a 12-digit county-level code. A township's supervisor has no county-registered enterprise
     * in their subtree.
     */
    public static String registeredIn(String creditCode) {
        return creditCode.substring(2, 8) + "000000";
    }
}

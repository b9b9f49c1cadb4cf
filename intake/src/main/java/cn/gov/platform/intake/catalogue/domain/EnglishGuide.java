package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item's guide texts in English (issue 20, point 2), beside the Chinese ones {@link ServiceItem} publishes. Each
 * is absent where a version was stored before them or an administrator gave none; {@link ServiceItem}'s
 * {@code english...()} methods then answer the Chinese, so an English reader sees what was published, never nothing.
 * A list given is a translation of the Chinese one, item for item: the same length, in the same order.
 */
public record EnglishGuide(@Nullable List<String> lifeEvents, @Nullable List<String> keywords,
        @Nullable List<String> legalBasis, @Nullable List<String> conditions, @Nullable List<String> procedure,
        @Nullable String result, @Nullable String supervision, @Nullable String deemedConsentBasis) {

    /** No English text: the shape of a version stored before issue 20's guide texts. */
    public static final EnglishGuide NONE = new EnglishGuide(null, null, null, null, null, null, null, null);

    public EnglishGuide {
        lifeEvents = lifeEvents == null ? null : List.copyOf(lifeEvents);
        keywords = keywords == null ? null : List.copyOf(keywords);
        legalBasis = legalBasis == null ? null : List.copyOf(legalBasis);
        conditions = conditions == null ? null : List.copyOf(conditions);
        procedure = procedure == null ? null : List.copyOf(procedure);
    }

    /** Refuses a list that is not the Chinese one's translation item for item. */
    void checkAgainst(List<String> lifeEventsZh, List<String> keywordsZh, List<String> legalBasisZh,
            List<String> conditionsZh, List<String> procedureZh) {
        sameLength("lifeEventsEn", lifeEvents, lifeEventsZh);
        sameLength("keywordsEn", keywords, keywordsZh);
        sameLength("legalBasisEn", legalBasis, legalBasisZh);
        sameLength("conditionsEn", conditions, conditionsZh);
        sameLength("procedureEn", procedure, procedureZh);
    }

    private static void sameLength(String field, @Nullable List<String> english, List<String> chinese) {
        if (english != null && english.size() != chinese.size()) {
            throw DomainViolation.invalid(field, "ENGLISH_LIST_MISMATCH",
                    "英文列表须与中文列表逐条对应（" + chinese.size() + " 条）。",
                    "The English list translates the Chinese one item for item (" + chinese.size() + " items).");
        }
    }

    static List<String> or(@Nullable List<String> english, List<String> chinese) {
        return english == null ? chinese : english;
    }
}

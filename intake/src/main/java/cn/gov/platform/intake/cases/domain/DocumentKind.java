package cn.gov.platform.intake.cases.domain;

/** The documents a case gives its applicant (issue 17, point 3), each with its title in both languages. */
public enum DocumentKind {
    /** 受理回执 (INT-3): once accepted. */
    RECEIPT("受理回执", "Acceptance receipt", "SLHZ"),
    /** 不予受理通知书 (INT-2, INT-3): once refused at the window. */
    NOT_ACCEPTED("不予受理通知书", "Notice of non-acceptance", "BYSL"),
    /** 一次性告知书 (INT-2): the latest request to supplement. */
    SUPPLEMENT("一次性告知书", "One-time notice of what is missing", "YCGZ"),
    /** 准予/不予许可决定书: once decided. */
    DECISION("行政许可决定书", "Decision notice", "JDS");

    private final String title;
    private final String titleEn;
    private final String prefix;

    DocumentKind(String title, String titleEn, String prefix) {
        this.title = title;
        this.titleEn = titleEn;
        this.prefix = prefix;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The series letters of the document's number. */
    public String prefix() {
        return prefix;
    }

    /** As in a path: {@code receipt}, {@code not-accepted}, {@code supplement}, {@code decision}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<DocumentKind> ofSlug(String slug) {
        for (DocumentKind k : values()) {
            if (k.slug().equals(slug)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}

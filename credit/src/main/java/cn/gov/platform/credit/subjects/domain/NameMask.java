package cn.gov.platform.credit.subjects.domain;

/** How a natural person's name is shown in public: the family name only (马文清 becomes 马**). */
public final class NameMask {

    private NameMask() {
    }

    public static String person(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "**";
        }
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }
}

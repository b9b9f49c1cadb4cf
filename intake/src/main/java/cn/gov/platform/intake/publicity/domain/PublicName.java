package cn.gov.platform.intake.publicity.domain;

import java.util.Set;

/**
 * The name shown on a public result (审批结果公示): an enterprise (legal person) in full, a natural
 * person with everything but the surname masked, one {@code *} per character: 张三 → 张*,
 * 欧阳娜娜 → 欧阳**. Two-character compound surnames are kept whole when the name is longer than
 * the surname. A name in another script keeps its first letter; the rest is masked up to the
 * first space or middle dot. Nothing else about a person is published.
 */
public final class PublicName {

    /** Applicant kinds as the identity service names them. */
    public enum Kind { NATURAL_PERSON, LEGAL_PERSON }

    /** The common two-character (复姓) surnames. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "万俟",
            "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "拓跋", "百里", "东郭", "钟离", "宗政", "濮阳", "淳于",
            "单于", "仲孙", "叔孙", "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "壤驷", "公良", "漆雕",
            "乐正", "宰父", "谷梁", "段干", "第五");

    private PublicName() {
    }

    public static String of(Kind kind, String name) {
        String n = name.strip();
        if (kind == Kind.LEGAL_PERSON) {
            return n;
        }
        if (n.isEmpty()) {
            return "*";
        }
        int[] cps = n.codePoints().toArray();
        int keep = 1;
        if (cps.length > 2 && COMPOUND_SURNAMES.contains(new String(cps, 0, 2))) {
            keep = 2;
        }
        StringBuilder out = new StringBuilder(new String(cps, 0, Math.min(keep, cps.length)));
        if (cps.length == 1) {
            return "*";
        }
        for (int i = keep; i < cps.length; i++) {
            out.append('*');
        }
        return out.toString();
    }
}

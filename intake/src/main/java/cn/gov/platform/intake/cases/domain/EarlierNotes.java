package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.kernel.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * History notes written before the platform kept its own notes in both languages (issue 20): it wrote them
 * as one string, "中文 | English", at times with a state's code inside ("同心县消防救援大队：APPROVED | 合格").
 * Those forms, all of the platform's own making, read as the message it writes now, as do the Chinese-only
 * frames it wrote around a person's words (a handover, the green channel, a report upward: the frame in
 * English, the names and the words as written); a system note "中文 | English" of any other form reads as that
 * pair; every other note (a person's words) reads as written. They are read, not rewritten: a stored case written
 * back keeps exactly what it was stored with, and its {@code note} means to a client what it always did.
 */
final class EarlierNotes {

    private static final String SEPARATOR = " | ";
    private static final Pattern MATERIAL_CHECK = Pattern.compile("材料核验 \\| material check：(.+?)：(.*)", Pattern.DOTALL);
    private static final Pattern TASK_CLOSED = Pattern.compile("(.+?)：(APPROVED|REJECTED|DEEMED_APPROVED) \\| (.*)",
            Pattern.DOTALL);
    private static final Pattern RECOMPUTED = Pattern.compile(
            "期限按 (\\d{4}) 年日历第 (\\d+) 版 \\| the \\d{4} calendar, version \\d+ 重新计算：(.*)", Pattern.DOTALL);
    private static final Pattern MOVED_DATE = Pattern.compile("(.+?)(?:（(.+)）)? (\\d{4}-\\d{2}-\\d{2}) → (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ALL_AGREED = Pattern.compile("各联办部门同意：(.*) \\| every joint department approved",
            Pattern.DOTALL);
    private static final Pattern COPIED = Pattern.compile("并联审批：同时抄告 (\\d+) 个部门 \\| copied to \\d+ departments");
    private static final Pattern HANDED_OVER = Pattern.compile("转交至 ([^：]+)：(.*)", Pattern.DOTALL);
    private static final Pattern GREEN_CHANNEL = Pattern.compile("绿色通道，责任人 ([^：]+)：(.*)", Pattern.DOTALL);
    private static final Pattern REPORTED = Pattern.compile("上报至 ([^：]+)：(.*)", Pattern.DOTALL);
    private static final String BY_RULE = "上报件：本事项由上级部门审查决定 | reported upward by the item's rule";
    private static final Message BY_RULE_NOW = Message.of("上报件：本事项由上级部门审查决定", "reported upward by the item's rule");

    private EarlierNotes() {
    }

    /** The message an earlier release meant by the step's {@code note}, or null to read it as written. */
    static @Nullable Message read(Transition step) {
        String note = step.note();
        if (note == null) {
            return null;
        }
        boolean bySystem = step.role() == ActorRole.SYSTEM;
        Matcher m;
        if ((m = MATERIAL_CHECK.matcher(note)).matches()) {
            Message outcome = pair(m.group(2));
            return Message.of("材料核验：" + m.group(1) + "：" + outcome.zh(),
                    "Material check: " + m.group(1) + ": " + outcome.en());
        }
        if ((m = TASK_CLOSED.matcher(note)).matches()) {
            TaskState state = TaskState.valueOf(m.group(2));
            // A deemed consent's reasons were written "中文| English" (no space before the bar).
            Message reasons = state == TaskState.DEEMED_APPROVED ? pair(m.group(3), "|") : same(m.group(3));
            return HistoryNotes.taskClosed(m.group(1), state, reasons);
        }
        if ((m = RECOMPUTED.matcher(note)).matches()) {
            return recomputed(m, step);
        }
        if (ALL_AGREED.matcher(note).matches()) {
            return reasons(note, false);
        }
        if ((m = COPIED.matcher(note)).matches()) {
            int n = Integer.parseInt(m.group(1));
            return Message.of("并联审批：同时抄告 " + n + " 个部门", "Joint review: copied to " + n + " departments");
        }
        if (note.startsWith("上报至 ") && note.endsWith("：" + BY_RULE)) {
            String where = note.substring("上报至 ".length(), note.length() - BY_RULE.length() - 1);
            return Message.of("上报至 " + where + "：" + BY_RULE_NOW.zh(),
                    "Reported upward to " + where + ": " + BY_RULE_NOW.en());
        }
        // Chinese only before: the platform's frame around a place's names and a person's words, which stay as written.
        if ((m = HANDED_OVER.matcher(note)).matches()) {
            return Message.of(note, "Handed over to " + m.group(1) + ": " + m.group(2));
        }
        if ((m = GREEN_CHANNEL.matcher(note)).matches()) {
            return Message.of(note, "Green channel, officer responsible " + m.group(1) + ": " + m.group(2));
        }
        if ((m = REPORTED.matcher(note)).matches()) {
            return Message.of(note, "Reported upward to " + m.group(1) + ": " + m.group(2));
        }
        if (bySystem && note.split(Pattern.quote(SEPARATOR), -1).length == 2) {
            return pair(note);
        }
        return null;
    }

    /**
     * Reasons as a decision or a task stores them: a joint approval's ("各联办部门同意：… | every joint department
     * approved") and a deemed consent's ("中文| English", {@code deemed}) are the platform's words in both
     * languages; anything else is a person's words, the same in both.
     */
    static Message reasons(String reasons, boolean deemed) {
        if (deemed) {
            return pair(reasons, "|");
        }
        Matcher m = ALL_AGREED.matcher(reasons);
        if (m.matches()) {
            String names = m.group(1);
            return Message.of("各联办部门同意：" + names, "Every joint department agreed: "
                    + names.replace("（超时默认）", " (deemed consent)").replace("、", ", "));
        }
        return same(reasons);
    }

    /** "期限按 2027 年日历第 1 版 | the 2027 calendar, version 1 重新计算：承诺办结日 2027-01-05 → 2027-01-06；…". */
    private static @Nullable Message recomputed(Matcher m, Transition step) {
        CalendarStamp stamp = new CalendarStamp(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        List<DeadlineChange> changes = new ArrayList<>();
        for (String line : m.group(3).split("；")) {
            Matcher d = MOVED_DATE.matcher(line);
            DeadlineChange.Kind kind = d.matches() ? kindNamed(d.group(1)) : null;
            if (kind == null) {
                return Message.of("期限按 " + stamp.year() + " 年日历第 " + stamp.version() + " 版重新计算：" + m.group(3),
                        "Dates recomputed on the " + stamp.year() + " calendar, version " + stamp.version() + ": "
                                + m.group(3));
            }
            changes.add(DeadlineChange.of(kind, d.group(2), LocalDate.parse(d.group(3)), LocalDate.parse(d.group(4)),
                    stamp, step.at()));
        }
        return HistoryNotes.recomputed(stamp, changes);
    }

    private static DeadlineChange.@Nullable Kind kindNamed(String zh) {
        return Arrays.stream(DeadlineChange.Kind.values()).filter(k -> k.zh().equals(zh)).findFirst().orElse(null);
    }

    private static Message pair(String text) {
        return pair(text, SEPARATOR);
    }

    /** "中文 | English" as the pair; a text without exactly one separator the same in both. */
    private static Message pair(String text, String separator) {
        String[] parts = text.split(Pattern.quote(separator), -1);
        return parts.length == 2 ? Message.of(parts[0].strip(), parts[1].strip()) : same(text);
    }

    private static Message same(String text) {
        return Message.of(text, text);
    }
}

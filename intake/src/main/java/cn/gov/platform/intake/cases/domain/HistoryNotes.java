package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.kernel.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The notes the platform writes into a case's history (INT-9), each in Chinese and English, with states and
 * checks named in words, never by their codes. Names the catalogue keeps in Chinese only (departments,
 * divisions, materials) stand in both; a person's words inside a note (a handover note, a department's
 * reasons) stand as typed.
 */
final class HistoryNotes {

    private HistoryNotes() {
    }

    /** A material the registry or a department answered for: "材料核验：营业执照：已核验". */
    static Message materialCheck(MaterialEntry m) {
        Message outcome = switch (m.check()) {
            case CHECKED -> Message.of("已核验", "checked");
            case STAFF_CHECK -> Message.of("由工作人员核验", "to be checked by staff");
            case REFUSED -> m.refusal() == null ? Message.of("未通过", "refused")
                    : Message.of(m.refusal().zh(), m.refusal().en());
            case PENDING -> Message.of("待核验", "pending");
            case null -> Message.of("", "");
        };
        return Message.of("材料核验：" + m.name() + "：" + outcome.zh(), "Material check: " + m.name() + ": " + outcome.en());
    }

    /** A joint case accepted and copied to every department at once. */
    static Message copiedTo(int departments) {
        return Message.of("并联审批：同时抄告 " + departments + " 个部门",
                "Joint review: copied to " + departments + " departments");
    }

    /** What a department silent past its due date is deemed to have said (超时默认). */
    static Message deemedConsent(LocalDate due) {
        return Message.of("逾期未作出意见，视为同意（超时默认）", "no decision by " + due + ": deemed approved");
    }

    /**
     * One department's task closed: "同心县消防救援大队：同意：合格" / "同心县消防救援大队: agreed: 合格"; a deemed
     * consent says so in each language. The catalogue names departments in Chinese only, so the name stands in both.
     */
    static Message taskClosed(JointTask t) {
        if (t.state() == TaskState.DEEMED_APPROVED) {
            return taskClosed(t.departmentName(), t.state(), deemedConsent(t.dueOn()));
        }
        String reasons = t.reasons() == null ? "" : t.reasons();
        return taskClosed(t.departmentName(), t.state(), Message.of(reasons, reasons));
    }

    /** The same from its parts (a note stored in the earlier form is read into it too). */
    static Message taskClosed(String department, TaskState state, Message reasons) {
        if (state == TaskState.DEEMED_APPROVED) {
            return Message.of(department + "：" + reasons.zh(), department + ": " + reasons.en());
        }
        Message word = switch (state) {
            case APPROVED -> Message.of("同意", "agreed");
            case REJECTED -> Message.of("不同意", "refused");
            case OPEN, DEEMED_APPROVED -> Message.of("待办理", "open");
        };
        return Message.of(department + "：" + word.zh() + joined("：", reasons.zh()),
                department + ": " + word.en() + joined(": ", reasons.en()));
    }

    /** The tasks decided the case: every department agreed (naming those deemed to), or these refused and why. */
    static Message jointOutcome(List<JointTask> tasks) {
        List<JointTask> rejecting = tasks.stream().filter(t -> t.state() == TaskState.REJECTED).toList();
        if (rejecting.isEmpty()) {
            return Message.of("各联办部门同意：" + names(tasks, t -> t.state() == TaskState.DEEMED_APPROVED ? "（超时默认）" : ""),
                    "Every joint department agreed: " + tasks.stream().map(t -> t.departmentName()
                            + (t.state() == TaskState.DEEMED_APPROVED ? " (deemed consent)" : ""))
                            .collect(Collectors.joining(", ")));
        }
        return Message.of(rejecting.stream().map(t -> t.departmentName() + "：" + t.reasons())
                        .collect(Collectors.joining("；")),
                rejecting.stream().map(t -> t.departmentName() + ": " + t.reasons())
                        .collect(Collectors.joining("; ")));
    }

    /**
     * Reported to a higher department, named in each half's language (never by its code), with the reason (a
     * person's, or the item's rule).
     */
    static Message reportedUpward(Handling reported, Message reason) {
        return Message.of("上报至 " + reported.actingDepartmentName() + "：" + reason.zh(),
                "Reported upward to " + reported.actingDepartmentEnglishName() + ": " + reason.en());
    }

    /** The reason when the item's rule, not a person, reports the case upward. */
    static Message reportedByRule() {
        return Message.of("上报件：本事项由上级部门审查决定", "reported upward by the item's rule");
    }

    /** Handed over to another place with the clerk's note (首问负责). */
    static Message handedOver(Handover done, String note) {
        return Message.of("转交至 " + done.toDivisionName() + done.toDepartmentName() + "：" + note,
                "Handed over to " + done.toDivisionName() + " " + done.toDepartmentName() + ": " + note);
    }

    /** Put on the green channel, with the officer responsible and why. */
    static Message greenChannel(String officer, String reason) {
        return Message.of("绿色通道，责任人 " + officer + "：" + reason,
                "Green channel, officer responsible " + officer + ": " + reason);
    }

    /** The dates a published calendar moved: "期限按 2027 年日历第 1 版重新计算：承诺办结日 2027-01-05 → 2027-01-06". */
    static Message recomputed(CalendarStamp stamp, List<DeadlineChange> changes) {
        return Message.of("期限按 " + stamp.year() + " 年日历第 " + stamp.version() + " 版重新计算："
                        + changes.stream().map(DeadlineChange::line).collect(Collectors.joining("；")),
                "Dates recomputed on the " + stamp.year() + " calendar, version " + stamp.version() + ": "
                        + changes.stream().map(HistoryNotes::lineEn).collect(Collectors.joining("; ")));
    }

    /** One moved date in English: {@code promised due date 2027-01-05 → 2027-01-06}. */
    static String lineEn(DeadlineChange c) {
        return english(c.kind()) + (c.ref() == null ? "" : " (" + c.ref() + ")") + " " + c.from() + " → " + c.to();
    }

    /** The dates' names, as the history gives them in English. */
    static String english(DeadlineChange.Kind kind) {
        return switch (kind) {
            case PROMISED -> "promised due date";
            case STATUTORY -> "statutory due date";
            case TASK -> "joint department's due date";
            case TOLERATED -> "date to hand in a tolerated material";
            case ANSWER -> "date to answer the complaint";
        };
    }

    private static String names(List<JointTask> tasks, Function<JointTask, String> mark) {
        return tasks.stream().map(t -> t.departmentName() + mark.apply(t)).collect(Collectors.joining("、"));
    }

    private static String joined(String separator, @Nullable String text) {
        return text == null || text.isBlank() ? "" : separator + text;
    }
}

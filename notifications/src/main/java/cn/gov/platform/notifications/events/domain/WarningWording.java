package cn.gov.platform.notifications.events.domain;

import cn.gov.platform.events.intake.IntakePayload;

/**
 * What a deadline warning is about, in the words of the message (issue 17): whose it is (the
 * recipient's own, their department's, their subtree's), which kind of item, and the item's name.
 */
final class WarningWording {

    private WarningWording() {
    }

    static String what(IntakePayload.DeadlineWarning w) {
        String whose = switch (w.audience() == null ? "" : w.audience()) {
            case "HEAD" -> "本部门";
            case "SUPERVISOR" -> "辖区内";
            default -> "";
        };
        String kind = switch (w.kind() == null ? "" : w.kind()) {
            case "ACCEPTANCE" -> "待受理申请";
            case "STEP" -> "办件" + step(w.step());
            case "TASK" -> "联办任务";
            case "FOLLOW_UP" -> "差评回访整改";
            case "COMPLAINT" -> "效能投诉";
            case "PETITION" -> "信访事项";
            case "HOTLINE" -> "12345 热线工单";
            default -> "办件";
        };
        String name = w.itemName() == null || w.itemName().isBlank() ? "" : "“" + w.itemName() + "”";
        return whose + kind + name;
    }

    private static String step(String role) {
        return switch (role == null ? "" : role) {
            case "REVIEWER" -> "审核环节";
            case "APPROVER" -> "审批环节";
            default -> "承办环节";
        };
    }
}

package cn.gov.platform.intake.followup.domain;

import cn.gov.platform.intake.cases.domain.CaseState;

/** A case's state as a person reads it, in Chinese and English (the follow-up shows names, never codes). */
public record StateName(String zh, String en) {

    public static StateName of(CaseState state) {
        return switch (state) {
            case DRAFT -> new StateName("草稿", "Draft");
            case SUBMITTED -> new StateName("已提交，待受理", "Submitted, awaiting acceptance");
            case SUPPLEMENT_REQUESTED -> new StateName("待补正材料", "Materials to be supplemented");
            case NOT_ACCEPTED -> new StateName("不予受理", "Not accepted");
            case ACCEPTED -> new StateName("已受理", "Accepted");
            case ACCEPTED_WITH_TOLERANCE -> new StateName("容缺受理", "Accepted, a material to follow");
            case UNDER_REVIEW -> new StateName("审查中", "Under review");
            case APPROVED -> new StateName("准予许可", "Approved");
            case REJECTED -> new StateName("不予许可", "Refused");
            case WITHDRAWN -> new StateName("已撤回", "Withdrawn");
            case CLOSED -> new StateName("已办结", "Completed");
        };
    }
}

package cn.gov.platform.intake.cases.domain;

import java.time.LocalDate;

/** A non-essential material accepted as missing (容缺, INT-4), due by a date, before the decision. */
public record ToleratedMaterial(String materialCode, LocalDate dueBy) {
}

package cn.gov.platform.intake.cases.domain;

/** One rule that must hold for a case to be accepted (INT-2, INT-4); a new rule is one new class. */
public interface AcceptanceRule {

    RuleResult check(AcceptanceCheck check);
}

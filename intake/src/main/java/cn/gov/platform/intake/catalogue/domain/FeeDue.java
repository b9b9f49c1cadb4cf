package cn.gov.platform.intake.catalogue.domain;

/**
 * When an item's fee falls due (SUP-3, issue 19): at acceptance (the default for an item with a fee) or
 * at its decision (approval). A free item has none.
 */
public enum FeeDue {
    ACCEPTANCE,
    DECISION
}

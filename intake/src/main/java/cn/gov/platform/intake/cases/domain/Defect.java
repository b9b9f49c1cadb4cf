package cn.gov.platform.intake.cases.domain;

/** One line of a one-time notice: a material that is missing or defective, and what is wrong. */
public record Defect(String materialCode, String materialName, Kind kind, String explanation) {

    /** Missing entirely, or handed in but not acceptable as it is. */
    public enum Kind { MISSING, DEFECTIVE }
}

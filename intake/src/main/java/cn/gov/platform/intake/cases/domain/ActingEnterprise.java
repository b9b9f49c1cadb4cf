package cn.gov.platform.intake.cases.domain;

/**
 * The enterprise a person acted for (issue 18): its unified social credit code and name, kept
 * with the person in every act so that the history says both who acted and for whom.
 */
public record ActingEnterprise(String creditCode, String name) {

    /** The applicant subject of a case that belongs to an enterprise. */
    public static final String SUBJECT_PREFIX = "enterprise:";

    public String subject() {
        return SUBJECT_PREFIX + creditCode;
    }
}

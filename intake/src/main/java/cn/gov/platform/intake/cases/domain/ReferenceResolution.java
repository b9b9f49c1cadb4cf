package cn.gov.platform.intake.cases.domain;

/**
 * What the certificate registry said about an e-certificate named for a material (CAT-3), and so
 * what the case makes of the reference.
 */
public enum ReferenceResolution {
    /** A valid certificate of the type, held by the applicant: checked. */
    VALID,
    /** Known to the registry but revoked, expired, of another type or someone else's: refused. */
    INVALID,
    /** A number of a type the registry issues that it does not know: refused. */
    UNKNOWN,
    /** A national certificate (such as the resident identity card) this registry does not hold: staff check it. */
    NOT_THIS_REGISTRY,
    /** The registry could not be reached: pending, asked again before acceptance and every decision step. */
    UNAVAILABLE
}

package cn.gov.platform.intake.cases.application;

/**
 * The seam to the certificate registry (issue 5) for materials satisfied by an e-certificate
 * (CAT-3). Until that service exists, the adapter says so: references are stored and stay
 * unresolved, and nothing pretends a certificate was checked.
 */
public interface CertificateReferences {

    Resolution resolve(String certificateNumber, String certificateType, String holderSubject);

    /** What the registry said about a reference. */
    enum Resolution {
        /** The registry confirmed a valid certificate of that type held by the applicant. */
        VALID,
        /** The registry knows no such valid certificate for the applicant. */
        INVALID,
        /** Nobody could check it yet; it is checked again before the decision. */
        UNRESOLVED
    }
}

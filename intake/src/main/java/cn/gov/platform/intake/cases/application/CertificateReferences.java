package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.ReferenceResolution;

/**
 * The certificate registry (issue 5) for materials satisfied by an e-certificate (CAT-3): whether the
 * applicant holds a valid certificate of that number and type. No answer is never taken for a yes:
 * an unreachable registry is {@link ReferenceResolution#UNAVAILABLE} and the reference stays pending.
 */
public interface CertificateReferences {

    ReferenceResolution resolve(String certificateNumber, String certificateType, String holderSubject);
}

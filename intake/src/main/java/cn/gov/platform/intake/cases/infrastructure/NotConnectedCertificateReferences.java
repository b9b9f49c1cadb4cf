package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.CertificateReferences;

/**
 * The certificates service (issue 5) does not exist yet: every reference is stored and reported
 * as unresolved, to be checked once the registry's internal API is there. Replace this adapter
 * with a Feign one; nothing else changes.
 */
class NotConnectedCertificateReferences implements CertificateReferences {

    @Override
    public Resolution resolve(String certificateNumber, String certificateType, String holderSubject) {
        return Resolution.UNRESOLVED;
    }
}

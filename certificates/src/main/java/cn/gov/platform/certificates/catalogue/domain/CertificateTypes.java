package cn.gov.platform.certificates.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** The catalogue of certificate types. */
public interface CertificateTypes {

    Optional<CertificateType> find(String code);

    List<CertificateType> all();
}

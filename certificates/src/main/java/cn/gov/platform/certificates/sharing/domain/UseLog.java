package cn.gov.platform.certificates.sharing.domain;

import java.util.List;

/** Every use of a certificate, kept for the holder to see. */
public interface UseLog {

    void record(CertificateUse use);

    List<CertificateUse> of(String number);
}

package cn.gov.platform.certificates.wallet.domain;

/** Prints a certificate as a document a holder can keep, show or send. */
public interface CertificatePrinter {

    byte[] print(PrintedCertificate certificate);
}

package cn.gov.platform.intake.issuance.application;

import org.jspecify.annotations.Nullable;

/** Who holds what is issued: a person or an enterprise, with the name a certificate carries. */
public interface Holders {

    /** Throws {@link CertificateRegistry.Unavailable} when identity cannot answer now. */
    Holder of(String subject);

    /**
     * @param enterprise true for a legal person (the certificate's holder kind {@code enterprise})
     * @param idHash     for a person: lower-case hex SHA-256 of the 18-character resident identity
     *                   number in upper case, what the registry signs so that a kiosk reading the
     *                   identity card can match the holder; the number itself goes no further
     * @param creditCode the unified social credit code of an enterprise
     */
    record Holder(boolean enterprise, String name, @Nullable String idHash, @Nullable String creditCode) {

        public String kind() {
            return enterprise ? "enterprise" : "person";
        }

        /**
         * Who holds a certificate whose data state a unified social credit code. A person who
         * files to found an enterprise (SCJG-003, 企业设立登记) is not the licence's holder: the
         * enterprise the approval creates is, named and coded as the data state, and the licence
         * stays with the person's account, its legal representative's, so it is in their wallet.
         * An enterprise, or data without a code, leave the holder as identity named it (the
         * registry refuses a code that is not the enterprise holder's).
         */
        public Holder forCertificateStating(@Nullable String creditCode, @Nullable String enterpriseName) {
            if (enterprise || creditCode == null || enterpriseName == null || enterpriseName.isBlank()) {
                return this;
            }
            return new Holder(true, enterpriseName, null, creditCode);
        }
    }
}

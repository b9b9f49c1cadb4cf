package cn.gov.platform.certificates.signing.domain;

/**
 * The signature schemes the registry can sign with. SM2 with SM3 is what Chinese
 * e-certificates use (GB/T 32918, GM/T 0009); Ed25519 is the configurable alternative for
 * verifiers without SM support.
 */
public enum SignatureAlgorithm {
    SM2_SM3("SM3withSM2"),
    ED25519("Ed25519");

    private final String jcaName;

    SignatureAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    public String jcaName() {
        return jcaName;
    }
}

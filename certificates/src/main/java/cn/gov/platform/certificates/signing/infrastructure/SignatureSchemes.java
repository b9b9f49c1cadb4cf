package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The cryptography, in one place. SM2 comes from BouncyCastle (the JDK has none); the provider
 * instance is used directly rather than registered globally so that nothing else in the JVM
 * changes behaviour because this service is present. Ed25519 uses the JDK.
 */
public final class SignatureSchemes {

    static final Provider BC = new BouncyCastleProvider();

    private SignatureSchemes() {
    }

    public static KeyPair generate(SignatureAlgorithm algorithm) {
        try {
            return switch (algorithm) {
                case SM2_SM3 -> {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
                    generator.initialize(new ECGenParameterSpec("sm2p256v1"));
                    yield generator.generateKeyPair();
                }
                case ED25519 -> KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm + " key", e);
        }
    }

    public static byte[] sign(SignatureAlgorithm algorithm, PrivateKey key, byte[] data) {
        try {
            java.security.Signature signer = instance(algorithm);
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }

    /** A malformed signature is simply not valid: it never becomes an exception for the caller. */
    public static boolean verify(SignatureAlgorithm algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            java.security.Signature verifier = instance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    public static PublicKey publicKey(SignatureAlgorithm algorithm, byte[] x509) throws GeneralSecurityException {
        return keyFactory(algorithm).generatePublic(new X509EncodedKeySpec(x509));
    }

    public static PrivateKey privateKey(SignatureAlgorithm algorithm, byte[] pkcs8) throws GeneralSecurityException {
        return keyFactory(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static KeyFactory keyFactory(SignatureAlgorithm algorithm) throws GeneralSecurityException {
        return algorithm == SignatureAlgorithm.SM2_SM3 ? KeyFactory.getInstance("EC", BC)
                : KeyFactory.getInstance("Ed25519");
    }

    private static java.security.Signature instance(SignatureAlgorithm algorithm) throws GeneralSecurityException {
        return algorithm == SignatureAlgorithm.SM2_SM3
                ? java.security.Signature.getInstance(algorithm.jcaName(), BC)
                : java.security.Signature.getInstance(algorithm.jcaName());
    }
}

package cn.gov.platform.certificates.bench;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.registry.domain.Certificate;
import cn.gov.platform.certificates.registry.domain.CertificateNumber;
import cn.gov.platform.certificates.registry.domain.QrToken;
import cn.gov.platform.certificates.signing.domain.Signature;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.infrastructure.KeyRingSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The floor the HTTP figure is compared with, in one JVM: single-thread raw signature checks
 * of a certificate's canonical data, and the whole in-process check a QR verification does
 * (token signature, data hash, certificate signature) without HTTP or the store. A plain timed
 * loop after a warm-up, not JMH (not available offline here); run by bench/certificates-verify.sh.
 * Prints {@code name ops/s} lines.
 */
public final class RawVerifyBenchmark {

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        SignatureAlgorithm algorithm = args.length > 1 ? SignatureAlgorithm.valueOf(args[1]) : SignatureAlgorithm.SM2_SM3;
        KeyRingSignatures signatures = new KeyRingSignatures(new Fixtures.MemoryKeys(algorithm), algorithm);
        Certificate certificate = Certificate.issue(CertificateNumber.of("JY", 2026, Fixtures.COUNTY, 1),
                Fixtures.foodPermit("SL-BENCH", Fixtures.enterprise("bench")), Instant.now(), signatures);
        byte[] data = certificate.canonical().getBytes(StandardCharsets.UTF_8);
        Signature signature = certificate.signature();
        String token = certificate.qr().encode();
        LocalDate today = LocalDate.of(2026, 6, 1);

        report("raw " + algorithm + " verify (1 thread)", seconds, () -> check(signatures.verify(signature, data)));
        report("in-process QR check, no store (1 thread)", seconds, () -> {
            QrToken qr = QrToken.parse(token);
            check(qr.authentic(signatures) && qr.dataHash().equals(certificate.dataHash())
                    && certificate.verify(signatures, today).name().equals("VALID"));
        });
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("verification failed during the benchmark");
        }
    }

    private static void report(String name, double seconds, Runnable op) {
        long warmupEnd = System.nanoTime() + (long) (Math.min(seconds, 3) * 1e9);
        while (System.nanoTime() < warmupEnd) {
            op.run();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long count = 0;
        while (System.nanoTime() < end) {
            op.run();
            count++;
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%s %.1f%n", name.replace(' ', '_'), rate);
    }
}

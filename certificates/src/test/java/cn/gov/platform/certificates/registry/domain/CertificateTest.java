package cn.gov.platform.certificates.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.certificates.Fixtures;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.infrastructure.KeyRingSignatures;
import cn.gov.platform.events.certificates.CertificateEvent;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final KeyRingSignatures signatures = new KeyRingSignatures(
            new Fixtures.MemoryKeys(SignatureAlgorithm.SM2_SM3), SignatureAlgorithm.SM2_SM3);
    private final CertificateNumber number = CertificateNumber.of("JY", 2026, Fixtures.COUNTY, 1);

    private Certificate issued() {
        return Certificate.issue(number, Fixtures.foodPermit("SL-2026-000001", Fixtures.enterprise("e-1")), NOW,
                signatures);
    }

    @Test
    void aFreshCertificateVerifiesAsValidAndRecordsItsIssue() {
        Certificate c = issued();

        assertThat(c.verify(signatures, TODAY)).isEqualTo(VerificationStatus.VALID);
        assertThat(c.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.outbox()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CertificateIssued");
            assertThat(e.number()).isEqualTo("JY-2026-640324-000001");
            assertThat(e.holderSubject()).isEqualTo("e-1");
        });
        assertThat(c.qr().authentic(signatures)).isTrue();
        assertThat(c.qr().dataHash()).isEqualTo(c.dataHash());
    }

    @Test
    void oneChangedCharacterOfStoredDataVerifiesAsTampered() {
        Certificate c = issued();
        Map<String, String> fields = new HashMap<>(c.fields());
        fields.put("operatingItems", "预包装食品销售、散装食品销售");
        Certificate altered = Certificate.restore(c.number(), c.caseNumber(), c.typeCode(), c.holder(),
                c.issuingDepartment(), c.issuingDivision(), fields, c.validFrom(), c.validUntil(), c.issuedAt(),
                c.signature(), c.qr(), c.status(), c.history(), c.outbox(), c.version());

        assertThat(altered.verify(signatures, TODAY)).isEqualTo(VerificationStatus.TAMPERED);
    }

    @Test
    void anExtendedValidityIsTamperingToo() {
        Certificate c = issued();
        Certificate altered = Certificate.restore(c.number(), c.caseNumber(), c.typeCode(), c.holder(),
                c.issuingDepartment(), c.issuingDivision(), c.fields(), c.validFrom(), LocalDate.of(2040, 1, 1),
                c.issuedAt(), c.signature(), c.qr(), c.status(), c.history(), c.outbox(), c.version());

        assertThat(altered.verify(signatures, TODAY)).isEqualTo(VerificationStatus.TAMPERED);
    }

    @Test
    void isExpiredAfterItsLastDayAndNotYetValidBeforeItsFirst() {
        Certificate c = issued();

        assertThat(c.verify(signatures, LocalDate.of(2031, 1, 4))).isEqualTo(VerificationStatus.VALID);
        assertThat(c.verify(signatures, LocalDate.of(2031, 1, 5))).isEqualTo(VerificationStatus.EXPIRED);
        assertThat(c.verify(signatures, LocalDate.of(2026, 1, 4))).isEqualTo(VerificationStatus.EXPIRED);
    }

    @Test
    void suspendReinstateAndRevokeChangeWhatVerificationSaysAndRecordEvents() {
        Certificate c = issued();

        c.change(CertificateStatus.Change.SUSPEND, "整改期间暂停", "staff-1", NOW);
        assertThat(c.verify(signatures, TODAY)).isEqualTo(VerificationStatus.SUSPENDED);
        c.change(CertificateStatus.Change.REINSTATE, "整改完成", "staff-1", NOW);
        assertThat(c.verify(signatures, TODAY)).isEqualTo(VerificationStatus.VALID);
        c.change(CertificateStatus.Change.REVOKE, "以欺骗手段取得许可", "staff-2", NOW);

        assertThat(c.verify(signatures, TODAY)).isEqualTo(VerificationStatus.REVOKED);
        assertThat(c.outbox()).extracting(CertificateEvent::type).containsExactly("CertificateIssued",
                "CertificateSuspended", "CertificateReinstated", "CertificateRevoked");
        assertThat(c.history()).extracting(StatusRecord::actor).containsExactly("staff-1", "staff-1", "staff-2");
    }

    @Test
    void aRevokedCertificateCannotBeReinstatedAndSaysWhy() {
        Certificate c = issued();
        c.change(CertificateStatus.Change.REVOKE, "吊销", "staff-1", NOW);

        assertThatThrownBy(() -> c.change(CertificateStatus.Change.REINSTATE, "恢复", "staff-1", NOW))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("STATUS_CHANGE_NOT_ALLOWED");
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.STATE_CONFLICT);
                });
        assertThat(c.status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void aStatusChangeNeedsAReason() {
        Certificate c = issued();

        assertThatThrownBy(() -> c.change(CertificateStatus.Change.SUSPEND, " ", "staff-1", NOW))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(c.status()).isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void aCertificateSignedBeforeAKeyRotationStillVerifies() {
        Certificate c = issued();
        signatures.rotate();

        assertThat(c.verify(signatures, TODAY)).isEqualTo(VerificationStatus.VALID);
        assertThat(c.qr().authentic(signatures)).isTrue();
    }

    @Test
    void aPersonsNameIsMaskedAndAnEnterprisesIsNot() {
        assertThat(Fixtures.person("p").maskedName()).isEqualTo("马**");
        assertThat(Fixtures.enterprise("e").maskedName()).isEqualTo("同心县清真食品有限公司");
    }

    @Test
    void holdersAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> new Holder("p", Holder.Kind.PERSON, "马文华", "not-a-hash", null))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("holder.idHash"));
        assertThatThrownBy(() -> new Holder("e", Holder.Kind.ENTERPRISE, "某公司", null, "91350100M000100Y44"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("holder.creditCode"));
    }
}

package cn.gov.platform.certificates.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.registry.domain.CertificateStatus.Change;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status against every change: the whole machine, transition by transition. */
class CertificateStatusTest {

    static Stream<Arguments> everyPair() {
        return Stream.of(
                Arguments.of(CertificateStatus.ACTIVE, Change.SUSPEND, CertificateStatus.SUSPENDED),
                Arguments.of(CertificateStatus.ACTIVE, Change.REVOKE, CertificateStatus.REVOKED),
                Arguments.of(CertificateStatus.ACTIVE, Change.REINSTATE, null),
                Arguments.of(CertificateStatus.SUSPENDED, Change.REINSTATE, CertificateStatus.ACTIVE),
                Arguments.of(CertificateStatus.SUSPENDED, Change.REVOKE, CertificateStatus.REVOKED),
                Arguments.of(CertificateStatus.SUSPENDED, Change.SUSPEND, null),
                Arguments.of(CertificateStatus.REVOKED, Change.SUSPEND, null),
                Arguments.of(CertificateStatus.REVOKED, Change.REINSTATE, null),
                Arguments.of(CertificateStatus.REVOKED, Change.REVOKE, null));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyPair")
    void allowsOnlyTheDocumentedTransitions(CertificateStatus from, Change change, CertificateStatus to) {
        assertThat(from.after(change)).isEqualTo(Optional.ofNullable(to));
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryPair() {
        assertThat(everyPair().count()).isEqualTo((long) CertificateStatus.values().length * Change.values().length);
    }
}

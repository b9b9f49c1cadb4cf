package cn.gov.platform.intake.issuance.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderTest {

    private static final Holders.Holder FOUNDER = new Holders.Holder(false, "马文清", "a".repeat(64), null);
    private static final Holders.Holder ENTERPRISE = new Holders.Holder(true, "同心县清真食品有限公司", null,
            "91640324MA76TX0DXL");

    @Test
    void aPersonFoundingAnEnterpriseGetsTheLicenceForTheEnterpriseTheDataName() {
        Holders.Holder holder = FOUNDER.forCertificateStating("91350100M000100Y43", "同心县马氏清真食品有限公司");

        assertThat(holder.enterprise()).isTrue();
        assertThat(holder.kind()).isEqualTo("enterprise");
        assertThat(holder.name()).isEqualTo("同心县马氏清真食品有限公司");
        assertThat(holder.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(holder.idHash()).as("the founder's identity is not the enterprise's").isNull();
    }

    @Test
    void withoutACodeOrANameThePersonStaysTheHolder() {
        assertThat(FOUNDER.forCertificateStating(null, "同心县马氏清真食品有限公司")).isEqualTo(FOUNDER);
        assertThat(FOUNDER.forCertificateStating("91350100M000100Y43", " ")).isEqualTo(FOUNDER);
        assertThat(FOUNDER.forCertificateStating("91350100M000100Y43", null)).isEqualTo(FOUNDER);
    }

    @Test
    void anEnterpriseStaysTheHolderWhateverCodeTheDataState() {
        assertThat(ENTERPRISE.forCertificateStating("91350100M000100Y43", "别的公司")).isEqualTo(ENTERPRISE);
    }
}

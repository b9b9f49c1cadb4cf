package cn.gov.platform.credit.subjects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

class SubjectsTest {

    private final SubjectHasher hasher = new SubjectHasher("a-test-key-of-sufficient-length");

    @Test
    void aNaturalPersonsKeyIsAKeyedHashThatNeverContainsTheNumber() {
        SubjectKey key = hasher.keyOf(new ResidentIdNumber("640324198503120411"));

        assertThat(key.value()).startsWith("P:").hasSize(66).doesNotContain("640324198503120411");
        assertThat(key.kind()).isEqualTo(SubjectKind.NATURAL_PERSON);
        assertThat(hasher.keyOf(ResidentIdNumber.parse("640324198503120411"))).isEqualTo(key);
        assertThat(new SubjectHasher("another-key-of-sufficient-length").keyOf(new ResidentIdNumber("640324198503120411")))
                .isNotEqualTo(key);
        assertThat(key.reference()).startsWith("P-").hasSize(10);
    }

    @Test
    void aLegalPersonsKeyIsItsCreditCode() {
        SubjectKey key = hasher.keyOf(new UnifiedSocialCreditCode("91640324MA76TX0DXL"));

        assertThat(key.value()).isEqualTo("L:91640324MA76TX0DXL");
        assertThat(key.kind()).isEqualTo(SubjectKind.LEGAL_PERSON);
        assertThat(key.creditCode()).isEqualTo("91640324MA76TX0DXL");
    }

    @Test
    void invalidNumbersCodesAndKeysCannotBeMade() {
        assertThatThrownBy(() -> new ResidentIdNumber("640324198503120412")).isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.field()).isEqualTo("idNumber"));
        assertThatThrownBy(() -> new ResidentIdNumber("640324198502300411")).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91640324MA76TX0DXA")).isInstanceOfSatisfying(
                DomainViolation.class, v -> assertThat(v.field()).isEqualTo("creditCode"));
        assertThatThrownBy(() -> new SubjectKey("P:1234")).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> new SubjectKey("L:91640324MA76TX0DXA")).isInstanceOf(DomainViolation.class);
        assertThatThrownBy(() -> new SubjectHasher("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNumbersToStringIsMasked() {
        assertThat(new ResidentIdNumber("640324198503120411").toString()).isEqualTo("640***********0411")
                .doesNotContain("19850312");
    }

    @Test
    void aPersonsPublicNameKeepsOnlyTheFamilyName() {
        assertThat(NameMask.person("马文清")).isEqualTo("马**");
        assertThat(NameMask.person("李丽")).isEqualTo("李*");
        assertThat(NameMask.person("马")).isEqualTo("马*");
        assertThat(NameMask.person(" ")).isEqualTo("**");
    }
}

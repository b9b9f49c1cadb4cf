package cn.gov.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainViolationTest {

    @Test
    void invalidNamesTheFieldAndCarriesItAsTheOneFault() {
        DomainViolation v = DomainViolation.invalid("phone", "PHONE_INVALID", "电话号码无效。", "The phone number is invalid.");

        assertThat(v.kind()).isEqualTo(DomainViolation.Kind.INVALID);
        assertThat(v.code()).isEqualTo("PHONE_INVALID");
        assertThat(v.field()).isEqualTo("phone");
        assertThat(v.faults()).containsExactly(new DomainViolation.Fault("phone", "PHONE_INVALID",
                Message.of("电话号码无效。", "The phone number is invalid.")));
        assertThat(v.getMessage()).isEqualTo("PHONE_INVALID: The phone number is invalid.");
    }

    @Test
    void theOtherKindsHaveNoFaults() {
        assertThat(DomainViolation.notFound("X_NOT_FOUND", "不存在。", "Not found.").kind()).isEqualTo(DomainViolation.Kind.NOT_FOUND);
        assertThat(DomainViolation.conflict("X_CONFLICT", "冲突。", "Conflict.").faults()).isEmpty();
        DomainViolation rule = DomainViolation.rule("X_RULE", "不允许。", "Not allowed.", "field");
        assertThat(rule.kind()).isEqualTo(DomainViolation.Kind.RULE);
        assertThat(rule.field()).isEqualTo("field");
        assertThat(rule.faults()).isEmpty();
    }
}

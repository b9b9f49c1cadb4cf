package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The shared handler answers every kind of domain violation with its status and the same problem shape. */
class DomainProblemTest {

    private final ProblemHandlerAdvice advice = new ProblemHandlerAdvice();

    @Test
    void invalidInputIs400WithTheFieldAndOneError() {
        ResponseEntity<Object> response = advice.domain(
                DomainViolation.invalid("divisionCode", "DIVISION_CODE_INVALID", "区划代码无效。", "The division code is invalid."));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        Message message = Message.of("区划代码无效。", "The division code is invalid.");
        assertThat(problem.getType().toString()).isEqualTo("urn:gov-platform:problem:division-code-invalid");
        assertThat(problem.getProperties())
                .containsEntry("code", "DIVISION_CODE_INVALID")
                .containsEntry("message", message)
                .containsEntry("field", "divisionCode")
                .containsEntry("errors", List.of(new FieldError("divisionCode", "DIVISION_CODE_INVALID", message)));
    }

    @Test
    void notFoundIs404WithoutAField() {
        ResponseEntity<Object> response = advice.domain(DomainViolation.notFound("CASE_NOT_FOUND", "办件不存在。", "No such case."));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "CASE_NOT_FOUND")
                .doesNotContainKey("field");
    }

    @Test
    void stateConflictIs409() {
        ResponseEntity<Object> response = advice.domain(DomainViolation.conflict("CASE_STATE_CONFLICT", "办件已办结。", "The case is closed."));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "CASE_STATE_CONFLICT");
    }

    @Test
    void aConflictThatLiftsByItselfCarriesItsRetryHint() {
        DomainViolation pending = new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "MATERIAL_CHECK_PENDING",
                Message.of("材料尚未核验。", "The material is not checked yet."), "materials.id-card", List.of(),
                java.time.Duration.ofSeconds(10));

        ResponseEntity<Object> response = advice.domain(pending);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("retryAfterSeconds", 10L)
                .containsEntry("field", "materials.id-card");
        assertThat(advice.domain(DomainViolation.conflict("CASE_STATE_CONFLICT", "办件已办结。", "The case is closed."))
                .getHeaders().containsHeader("Retry-After")).as("a conflict only a change resolves has no hint").isFalse();
    }

    @Test
    void brokenBusinessRuleIs422AndNamesTheField() {
        ResponseEntity<Object> response = advice.domain(
                DomainViolation.rule("MEASURE_NOT_APPLICABLE", "该措施不适用。", "The measure does not apply.", "measure"));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "MEASURE_NOT_APPLICABLE")
                .containsEntry("field", "measure");
    }

    @Test
    void severalFaultsBecomeSeveralErrors() {
        Message first = Message.of("姓名不能为空。", "The name must not be blank.");
        Message second = Message.of("电话号码无效。", "The phone number is invalid.");
        DomainViolation violation = new DomainViolation(DomainViolation.Kind.INVALID, "APPLICATION_INVALID", first, "name",
                List.of(new DomainViolation.Fault("name", "NAME_BLANK", first),
                        new DomainViolation.Fault("phone", "PHONE_INVALID", second)));

        ProblemDetail problem = (ProblemDetail) advice.domain(violation).getBody();

        assertThat(problem.getProperties()).containsEntry("errors", List.of(new FieldError("name", "NAME_BLANK", first),
                new FieldError("phone", "PHONE_INVALID", second)));
    }
}

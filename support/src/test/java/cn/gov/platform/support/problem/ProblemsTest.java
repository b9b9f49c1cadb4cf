package cn.gov.platform.support.problem;

import cn.gov.platform.kernel.Message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void problemCarriesAStableTypeCodeBothLanguagesAndTheField() {
        Message message = Message.of("身份证号码校验位错误。", "The identity number's check character is wrong.");
        ProblemDetail problem = Problems.of(PlatformException.invalid("idNumber", "ID_NUMBER_CHECKSUM", message));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType().toString()).isEqualTo("urn:gov-platform:problem:id-number-checksum");
        assertThat(problem.getTitle()).isEqualTo("Id number checksum");
        assertThat(problem.getDetail()).isEqualTo(message.en());
        assertThat(problem.getProperties())
                .containsEntry("code", "ID_NUMBER_CHECKSUM")
                .containsEntry("message", message)
                .containsEntry("field", "idNumber")
                .containsEntry("errors", List.of(new FieldError("idNumber", "ID_NUMBER_CHECKSUM", message)));
    }

    @Test
    void bilingualValidationMessagesAreSplitAtTheBar() {
        assertThat(ValidationMessages.bilingual("不能为空 | must not be blank"))
                .isEqualTo(Message.of("不能为空", "must not be blank"));
        assertThat(ValidationMessages.bilingual("plain")).isEqualTo(Message.of("plain", "plain"));
    }

    @Test
    void notFoundHasNoField() {
        ProblemDetail problem = Problems.of(PlatformException.notFound("CASE_NOT_FOUND", CommonProblems.NOT_FOUND));
        assertThat(problem.getStatus()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(problem.getProperties()).doesNotContainKey("field");
    }
}

package cn.gov.platform.identity.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.support.problem.PlatformException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsTheExampleOfTheNationalStandard() {
        ResidentIdNumber number = new ResidentIdNumber("11010519491231002X");

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"640324198503120411", "640324199007080523", "440524199001010018"})
    void acceptsNumbersWithACorrectCheckCharacter(String value) {
        assertThat(new ResidentIdNumber(value).value()).isEqualTo(value);
    }

    @Test
    void upperCasesAFinalLowerCaseXWhenParsingInput() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ", "idNumber").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check character (should be X)
            "11010519491231002",  // 17 characters
            "11010519491231002XX", // 19 characters
            "1101051949123100AX", // letter inside the digits
            "110105194902300020", // 30 February
            "990105194912310023", // no such province
            "110105188001010017", // born before 1890
            ""})
    void refusesInvalidNumbersNamingTheField(String value) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(value, "principalIdNumber"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.field()).isEqualTo("principalIdNumber");
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }

    @Test
    void refusesABirthDateInTheFuture() {
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        String body = "640324" + tomorrow.toString().replace("-", "") + "001";
        String value = body + ResidentIdNumber.checkCharacter(body);

        assertThat(ResidentIdNumber.failure(value, LocalDate.now())).isPresent();
    }

    @Test
    void neverShowsTheNumberInClearWhenPrinted() {
        assertThat(new ResidentIdNumber("11010519491231002X").toString()).isEqualTo("110***********002X");
    }
}

package cn.gov.platform.kernel.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @Test
    void acceptsTheExampleOfTheNationalStandard() {
        ResidentIdNumber number = new ResidentIdNumber("11010519491231002X");

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "640324198503120411", // Tongxin County, 1985-03-12
            "640324199007080523",
            "440524199001010018",
            "640324200002290017", // born on a leap day
            "110105189001010011"}) // the earliest birth date taken
    void acceptsNumbersWithARealRegionARealBirthDateAndACorrectCheckCharacter(String value) {
        assertThat(new ResidentIdNumber(value).value()).isEqualTo(value);
    }

    @Test
    void upperCasesAFinalLowerCaseXAndTrimsWhenParsingInput() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ", "idNumber").value()).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aLowerCaseXIsRefusedWhereTheValueIsTakenAsWritten() {
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
        assertThatThrownBy(() -> new ResidentIdNumber("11010519491231002x")).isInstanceOf(DomainViolation.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            110105194912310021  | The check character of the identity number is wrong; check the number and type it again.
            640324198503120412  | The check character of the identity number is wrong; check the number and type it again.
            11010519491231002   | A resident identity number has 18 characters: 17 digits, then a digit or X.
            11010519491231002XX | A resident identity number has 18 characters: 17 digits, then a digit or X.
            1101051949123100AX  | A resident identity number has 18 characters: 17 digits, then a digit or X.
            11010519491231002Y  | A resident identity number has 18 characters: 17 digits, then a digit or X.
            １１0105194912310021 | A resident identity number has 18 characters: 17 digits, then a digit or X.
            110105194902300020  | The birth date in the identity number is not a valid past date.
            640324199013010018  | The birth date in the identity number is not a valid past date.
            640324199902290017  | The birth date in the identity number is not a valid past date.
            110105188912310010  | The birth date in the identity number is not a valid past date.
            990105194912310023  | The region code of the identity number is not valid.
            000000194912310020  | The region code of the identity number is not valid.
            """)
    void refusesInvalidNumbersSayingWhatIsWrongAndNamingTheField(String value, String why) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(value, "principalIdNumber"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainViolation.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.field()).isEqualTo("principalIdNumber");
                    assertThat(e.userMessage().en()).isEqualTo(why);
                    assertThat(e.faults()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("principalIdNumber"));
                });
        assertThat(ResidentIdNumber.isValid(value)).isFalse();
    }

    @Test
    void refusesNothingAndNullAsMalformed() {
        assertThatThrownBy(() -> ResidentIdNumber.parse(null)).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.field()).isEqualTo("idNumber"));
        assertThatThrownBy(() -> new ResidentIdNumber("")).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.field()).isEqualTo("idNumber"));
    }

    @Test
    void aBirthDateAfterTheDayAskedIsRefusedByTheCallerWhoKnowsTheDay() {
        ResidentIdNumber born2026 = new ResidentIdNumber(withCheck("64032420260615001"));

        assertThat(born2026.bornAfter(LocalDate.of(2026, 6, 14))).isTrue();
        assertThat(born2026.bornAfter(LocalDate.of(2026, 6, 15))).isFalse();
        assertThat(born2026.requireBornBy(LocalDate.of(2026, 6, 15), "idNumber")).isEqualTo(born2026);
        assertThatThrownBy(() -> born2026.requireBornBy(LocalDate.of(2026, 6, 14), "principalIdNumber"))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.field()).isEqualTo("principalIdNumber");
                    assertThat(e.userMessage().en()).isEqualTo("The birth date in the identity number is not a valid past date.");
                });
    }

    @Test
    void theCheckCharacterIsOnlyComputedOverSeventeenDigits() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheNumberInClearWhenPrinted() {
        ResidentIdNumber number = new ResidentIdNumber("11010519491231002X");

        assertThat(number.toString()).isEqualTo("110***********002X").doesNotContain("19491231");
        assertThat(number.masked()).isEqualTo("110***********002X");
        assertThat(new ResidentIdNumber("640324198503120411").toString()).isEqualTo("640***********0411");
    }

    private static String withCheck(String body) {
        return body + ResidentIdNumber.checkCharacter(body);
    }
}

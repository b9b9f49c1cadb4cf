package cn.gov.platform.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksAPhoneNumberForDisplay() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksAnIdentityNumberForDisplayKeepingNeitherBirthDateNorSequence() {
        assertThat(PersonalData.maskIdNumber("11010519491231002X")).isEqualTo("110***********002X");
    }

    @Test
    void scrubsIdentityNumbersPhonesAndTokensFromFreeText() {
        String line = "citizen 11010519491231002X phone 13812345678 sent Authorization: Bearer abc.def-ghi";
        String scrubbed = PersonalData.scrub(line);
        assertThat(scrubbed)
                .doesNotContain("11010519491231002X")
                .doesNotContain("13812345678")
                .doesNotContain("abc.def-ghi")
                .contains("110***********002X", "138****5678", "Bearer [token]");
    }

    @Test
    void scrubsABareJwt() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";
        assertThat(PersonalData.scrub("token=" + jwt)).isEqualTo("token=[token]");
    }

    @Test
    void leavesCaseNumbersAndDivisionCodesAlone() {
        String line = "case 640324-2026-000123 in division 640324100000 at 2026-11-22";
        assertThat(PersonalData.scrub(line)).isEqualTo(line);
    }

    @Test
    void masksAPhoneWithCountryCode() {
        assertThat(PersonalData.scrub("+8613912345678")).isEqualTo("+86139****5678");
    }

    @Test
    void theQuickCheckNeverLetsThroughALineThePatternsWouldChange() {
        java.util.Random random = new java.util.Random(2026);
        String[] parts = {"1", "3", "8", "0", "X", "x", " ", "-", "+86", "eyJ", "abc", ".", "Bearer ", "bearer:", "b", "e", "y"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String text = line.toString();
            if (!PersonalData.mayContainPersonalData(text)) {
                assertThat(PersonalData.scrubAll(text)).as(text).isEqualTo(text);
            }
        }
        assertThat(PersonalData.mayContainPersonalData("GET /api/intake/catalogue/items 200 12ms")).isFalse();
        assertThat(PersonalData.mayContainPersonalData("phone 13812345678")).isTrue();
    }
}

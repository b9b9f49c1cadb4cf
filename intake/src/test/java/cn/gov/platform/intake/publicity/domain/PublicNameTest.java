package cn.gov.platform.intake.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicNameTest {

    @ParameterizedTest
    @CsvSource({
        "张三, 张*",
        "张三丰, 张**",
        "欧阳娜娜, 欧阳**",
        "欧阳修, 欧阳*",
        "欧阳, 欧*",
        "司马相如, 司马**",
        "马, *",
        "买买提·艾力, 买*****",
        "Smith, S****"
    })
    void personsKeepOnlyTheirSurname(String name, String shown) {
        assertThat(PublicName.of(PublicName.Kind.NATURAL_PERSON, name)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"同心县豫海镇清真食品有限公司", "宁夏同心县建设工程有限公司"})
    void enterprisesAreShownInFull(String name) {
        assertThat(PublicName.of(PublicName.Kind.LEGAL_PERSON, name)).isEqualTo(name);
    }
}

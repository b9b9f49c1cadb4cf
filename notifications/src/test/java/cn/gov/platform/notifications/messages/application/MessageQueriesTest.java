package cn.gov.platform.notifications.messages.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageQueriesTest {

    @ParameterizedTest(name = "{0} oversees codes starting with {1}")
    @CsvSource({
        "640324000000, 640324",
        "640324100000, 640324100",
        "640324100201, 640324100201",
        "640300000000, 6403",
        "640000000000, 64",
        "640324, 640324"
    })
    void aDivisionsSubtreeIsItsCodeWithoutTheLevelsThatAreAllZeros(String division, String prefix) {
        assertThat(MessageQueries.subtree(division)).isEqualTo(prefix);
    }
}

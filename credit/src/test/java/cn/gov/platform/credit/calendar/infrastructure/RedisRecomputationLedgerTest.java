package cn.gov.platform.credit.calendar.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisRecomputationLedgerTest {

    @Test
    void theRecordedCalendarReadsBackAsWrittenInYearOrder() {
        String text = RedisRecomputationLedger.format(Map.of(2027, 2, 2026, 1));

        assertThat(text).isEqualTo("2026=1,2027=2");
        assertThat(RedisRecomputationLedger.parse(text)).isEqualTo(Map.of(2026, 1, 2027, 2));
        assertThat(RedisRecomputationLedger.parse(RedisRecomputationLedger.format(Map.of()))).isEmpty();
    }
}

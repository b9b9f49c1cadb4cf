package cn.gov.platform.support.time;

import cn.gov.platform.kernel.ChinaTime;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock every service takes time from. No code reads the wall clock directly
 * ({@code Instant.now()}, {@code LocalDate.now()}): it asks this {@link Clock}, which tests replace
 * to run on any date (testkit's {@code TestClock}).
 */
@AutoConfiguration
public class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}

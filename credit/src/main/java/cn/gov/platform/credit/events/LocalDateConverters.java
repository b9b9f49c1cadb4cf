package cn.gov.platform.credit.events;

import java.time.LocalDate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Calendar dates are stored as ISO text ({@code 2026-02-24}). The driver's default turns them into
 * instants at midnight in the JVM's zone, which shifts a deadline by a day between machines.
 */
final class LocalDateConverters {

    private LocalDateConverters() {
    }

    @WritingConverter
    enum ToText implements Converter<LocalDate, String> {
        INSTANCE;

        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    enum FromText implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}

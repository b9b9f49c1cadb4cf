package cn.gov.platform.intake.calendar.infrastructure;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the calendar years are read from.
 *
 * @param years a resource pattern matching one JSON file per year; a new year is a new file
 *              dropped in, published as soon as the State Council's notice is out
 */
@Validated
@ConfigurationProperties("platform.intake.calendar")
record CalendarProperties(@NotBlank @DefaultValue("classpath*:calendar/*.json") String years) {
}

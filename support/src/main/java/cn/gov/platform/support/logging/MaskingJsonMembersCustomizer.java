package cn.gov.platform.support.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Applied to every structured (JSON) log line through {@code logging.structured.json.customizer}:
 * every string value, the message and stack trace included, passes {@link PersonalData#scrub}.
 */
public class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::scrub));
    }
}

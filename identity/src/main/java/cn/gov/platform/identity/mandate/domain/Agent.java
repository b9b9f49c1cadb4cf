package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.Objects;

/**
 * A village agent (村级代办员) registered at a village service point (便民代办点). Only an
 * active agent may receive mandates or act on them.
 */
public record Agent(String subject, DivisionCode servicePoint, boolean active, Instant since) {

    public Agent {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(since);
        if (servicePoint.level() != DivisionCode.Level.VILLAGE && servicePoint.level() != DivisionCode.Level.TOWNSHIP) {
            throw DomainViolation.invalid("servicePoint", "NOT_A_SERVICE_POINT", Message.of(
                    "代办点须设在村（社区）或乡镇。", "A service point is in a village, community or township."));
        }
    }

    public Agent retire() {
        return new Agent(subject, servicePoint, false, since);
    }
}

package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.identity.division.domain.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionLevel;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
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
        if (servicePoint.level() != DivisionLevel.VILLAGE && servicePoint.level() != DivisionLevel.TOWNSHIP) {
            throw PlatformException.invalid("servicePoint", "NOT_A_SERVICE_POINT", Message.of(
                    "代办点须设在村（社区）或乡镇。", "A service point is in a village, community or township."));
        }
    }

    public Agent retire() {
        return new Agent(subject, servicePoint, false, since);
    }
}

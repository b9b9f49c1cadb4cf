package cn.gov.platform.intake.supervision.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;

/**
 * The divisions a supervisor oversees: their own and everything below it (a county supervisor
 * sees the county's townships and villages, a township's only that township's villages). In code
 * terms: every 12-digit code starting with the significant digits of theirs (6 for a county, 9
 * for a township, 12 for a village).
 */
public record DivisionScope(DivisionCode division) {

    public static DivisionScope of(String division) {
        return new DivisionScope(DivisionCode.of(division));
    }

    public String prefix() {
        return division.significant();
    }

    public boolean includes(String code) {
        return code.startsWith(prefix());
    }

    /** The level of a division code inside the scope: county, township or village. */
    public static DivisionCode.Level levelOf(String code) {
        return DivisionCode.of(code).level();
    }
}

package cn.gov.platform.credit.common.web;

import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.support.web.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The actor a token describes. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Actor(caller.subject(), caller.roles(), caller.department());
    }
}

package cn.gov.platform.credit.common.web;

import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.common.domain.StaffAuthority;
import cn.gov.platform.support.web.Caller;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The actor a token describes, its staff roles confirmed by identity's staff check (role,
 * department, division subtree), as intake confirms its staff: a token whose claims identity does
 * not confirm acts as no staff at all (the features answer 404, as for anyone else).
 */
@Component
public class Actors {

    private final StaffAuthority staff;

    public Actors(StaffAuthority staff) {
        this.staff = staff;
    }

    public Actor of(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return Actor.confirmed(caller.subject(), caller.roles(), caller.department(), caller.division(), staff);
    }
}

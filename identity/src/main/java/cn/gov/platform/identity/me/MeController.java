package cn.gov.platform.identity.me;

import cn.gov.platform.support.web.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity")
class MeController {

    /** The caller's own profile; every logged-in user may read theirs and only theirs. */
    @GetMapping("/me")
    Profile me(@AuthenticationPrincipal Jwt jwt) {
        return Profile.of(Caller.from(jwt));
    }
}

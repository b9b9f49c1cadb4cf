package cn.gov.platform.identity.me;

import cn.gov.platform.support.web.Caller;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/me")
class MeController {

    private final PreferencesStore preferences;

    MeController(PreferencesStore preferences) {
        this.preferences = preferences;
    }

    /** The caller's own profile; every logged-in user may read theirs and only theirs. */
    @GetMapping
    Profile me(@AuthenticationPrincipal Jwt jwt) {
        return Profile.of(Caller.from(jwt), preferencesOf(jwt));
    }

    @GetMapping("/preferences")
    Preferences preferences(@AuthenticationPrincipal Jwt jwt) {
        return preferencesOf(jwt);
    }

    /** Replaces the caller's preferences; an invalid document is refused whole and nothing changes. */
    @PutMapping("/preferences")
    Preferences setPreferences(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Preferences chosen) {
        preferences.save(jwt.getSubject(), chosen);
        return chosen;
    }

    private Preferences preferencesOf(Jwt jwt) {
        return preferences.find(jwt.getSubject()).orElse(Preferences.DEFAULT);
    }
}

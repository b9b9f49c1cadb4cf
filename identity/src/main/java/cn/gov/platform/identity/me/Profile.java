package cn.gov.platform.identity.me;

import cn.gov.platform.support.web.Caller;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caller as the platform knows them. Until the identity store holds the person (real-name
 * verification, enterprises, mandates), the profile is what the token proves.
 */
record Profile(String subject, String username, List<String> roles, @Nullable StaffPosition staff,
        Preferences preferences) {

    record StaffPosition(String division, String department) {
    }

    static Profile of(Caller caller, Preferences preferences) {
        StaffPosition staff = caller.division() != null && caller.department() != null
                ? new StaffPosition(caller.division(), caller.department())
                : null;
        return new Profile(caller.subject(), caller.username(), caller.sortedRoles(), staff, preferences);
    }
}

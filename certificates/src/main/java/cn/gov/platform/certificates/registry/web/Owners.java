package cn.gov.platform.certificates.registry.web;

import cn.gov.platform.certificates.registry.domain.Owner;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.support.acting.EnterpriseMembers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Whose wallet a request opens: the caller's own, or, with {@code X-Acting-For}, the enterprise's
 * once identity confirms the caller is its member (asked on every request; 403 otherwise).
 */
@Component
public class Owners {

    private final EnterpriseMembers members;

    Owners(EnterpriseMembers members) {
        this.members = members;
    }

    /** For reading: every member, viewers included. */
    public Owner reading(Jwt jwt, @Nullable String actingFor) {
        return resolve(jwt, actingFor, false);
    }

    /** For changing something (a share): viewers are refused. */
    public Owner acting(Jwt jwt, @Nullable String actingFor) {
        return resolve(jwt, actingFor, true);
    }

    private Owner resolve(Jwt jwt, @Nullable String actingFor, boolean changes) {
        Optional<UnifiedSocialCreditCode> enterprise = ActingFor.parse(actingFor);
        if (enterprise.isEmpty()) {
            return new Owner.Person(jwt.getSubject());
        }
        if (changes) {
            members.requireActing(enterprise.get(), jwt.getSubject());
        } else {
            members.require(enterprise.get(), jwt.getSubject());
        }
        return new Owner.Enterprise(jwt.getSubject(), enterprise.get().value());
    }
}

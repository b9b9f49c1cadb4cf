package cn.gov.platform.support.acting;

import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link EnterpriseMembers} answered by identity on every call. The service supplies the call
 * (its own Feign client behind its breaker); this class only reads the answer.
 */
public final class AskedEnterpriseMembers implements EnterpriseMembers {

    /** One call to identity: the answer, null for 404 (not a member), or a thrown 503 when identity cannot answer. */
    @FunctionalInterface
    public interface Identity {
        @Nullable MembershipAnswer ask(String creditCode, String subject);
    }

    private final Identity identity;

    public AskedEnterpriseMembers(Identity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<EnterpriseMember> find(UnifiedSocialCreditCode creditCode, String subject) {
        MembershipAnswer answer = identity.ask(creditCode.value(), subject);
        return answer == null ? Optional.empty() : Optional.of(answer.toMember(creditCode));
    }
}

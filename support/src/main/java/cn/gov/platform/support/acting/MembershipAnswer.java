package cn.gov.platform.support.acting;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.problem.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The body of identity's {@code GET /api/identity/internal/enterprises/{creditCode}/members/{subject}}
 * (404 when the person is not a member). An answer that does not fit (no role, a role this service
 * does not know, another enterprise) counts as no answer: the request fails closed.
 */
public record MembershipAnswer(@Nullable String creditCode, @Nullable String name, @Nullable String role) {

    public EnterpriseMember toMember(UnifiedSocialCreditCode asked) {
        if (creditCode == null || !asked.value().equals(creditCode) || name == null || role == null) {
            throw unavailable("identity's membership answer does not fit the question");
        }
        try {
            return new EnterpriseMember(asked, name, EnterpriseMember.Role.valueOf(role));
        } catch (IllegalArgumentException e) {
            throw unavailable("identity answered an unknown member role");
        }
    }

    /** 503: identity could not say whether the caller is a member, so nothing is done for the enterprise. */
    public static PlatformException unavailable(String why) {
        PlatformException e = new PlatformException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_UNAVAILABLE", Message.of(
                "身份认证服务暂时无法确认您的企业成员身份，请稍后再试。",
                "The identity service cannot confirm your enterprise membership right now; try again shortly."));
        e.initCause(new IllegalStateException(why));
        return e;
    }
}

package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.EnterpriseActing;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.acting.EnterpriseMembers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The header {@code X-Acting-For: <USCC>} (issue 18) on any request of a logged-in person, read and answered as
 * every service does ({@code support.acting}): a malformed code is 400, someone who is not the enterprise's
 * representative or active member 403 ({@code NOT_ENTERPRISE_MEMBER}), both naming the header; otherwise
 * identity's answer (asked on this request, never cached) is kept as a request attribute for the handlers that act
 * for it. Intake answers it once here rather than in each handler because every case path takes it; whether the
 * member's role may change a case is decided where a case changes ({@link EnterpriseActing#requireFiling}).
 */
class ActingForInterceptor implements HandlerInterceptor {

    private final ObjectProvider<EnterpriseMembers> members;

    ActingForInterceptor(ObjectProvider<EnterpriseMembers> members) {
        this.members = members;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<UnifiedSocialCreditCode> code = ActingFor.parse(request.getHeader(ActingFor.HEADER));
        if (code.isEmpty()) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            return true; // Public reads: the choice means nothing without a person.
        }
        EnterpriseMember acting = members.getObject().require(code.get(), jwt.getSubject());
        request.setAttribute(EnterpriseActing.ATTRIBUTE, acting);
        return true;
    }
}

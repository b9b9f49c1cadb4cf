package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.application.ActingFor;
import cn.gov.platform.intake.cases.application.EnterpriseMembers;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.problem.PlatformException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The header {@code X-Acting-For: <USCC>} (issue 18) on any request of a logged-in person: a
 * malformed code is 400, someone who is not the enterprise's representative or active member 403
 * ({@code NOT_ENTERPRISE_MEMBER}), both naming the header; otherwise identity's answer (asked on
 * this request, never cached) is kept as a request attribute for the handlers that act for it.
 */
class ActingForInterceptor implements HandlerInterceptor {

    private final ObjectProvider<EnterpriseMembers> members;

    ActingForInterceptor(ObjectProvider<EnterpriseMembers> members) {
        this.members = members;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String raw = request.getHeader(ActingFor.HEADER);
        if (raw == null || raw.isBlank()) {
            return true;
        }
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(raw.trim(), ActingFor.HEADER);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            return true; // Public reads: the choice means nothing without a person.
        }
        ActingFor acting = members.getObject().membership(code.value(), jwt.getSubject()).orElseThrow(() -> new PlatformException(
                HttpStatus.FORBIDDEN, "NOT_ENTERPRISE_MEMBER", Message.of(
                        "您不是该企业的法定代表人或授权成员，不能代表该企业办理。",
                        "You are neither the legal representative nor an authorised member of that enterprise, "
                                + "so you cannot act for it."), ActingFor.HEADER));
        request.setAttribute(ActingFor.ATTRIBUTE, acting);
        return true;
    }
}

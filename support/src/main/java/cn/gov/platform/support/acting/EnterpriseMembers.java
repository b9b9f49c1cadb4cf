package cn.gov.platform.support.acting;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.problem.PlatformException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Identity's answer to "is this person a member of this enterprise, and in which role". An
 * implementation asks identity every time and fails closed (503) when it cannot: a membership is
 * never assumed, and a removed member is refused on the very next request.
 */
public interface EnterpriseMembers {

    Optional<EnterpriseMember> find(UnifiedSocialCreditCode creditCode, String subject);

    /** The caller's membership of the enterprise the header names; 403 naming the header when there is none. */
    default EnterpriseMember require(UnifiedSocialCreditCode creditCode, String subject) {
        return find(creditCode, subject).orElseThrow(EnterpriseMembers::notMember);
    }

    /** As {@link #require}, and the role must allow acting (filing, changing, sharing): viewers only look. */
    default EnterpriseMember requireActing(UnifiedSocialCreditCode creditCode, String subject) {
        EnterpriseMember member = require(creditCode, subject);
        if (!member.role().mayAct()) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "MEMBER_ROLE_FORBIDS", Message.of(
                    "您在该企业的角色为查看人员，只能查看，不能办理。",
                    "Your role in this enterprise is viewer: you can look but not act."), ActingFor.HEADER);
        }
        return member;
    }

    static PlatformException notMember() {
        return new PlatformException(HttpStatus.FORBIDDEN, "NOT_ENTERPRISE_MEMBER", Message.of(
                "您不是该企业的授权成员，不能代表该企业办理或查看。",
                "You are not an authorised member of this enterprise and cannot act for it."), ActingFor.HEADER);
    }
}

package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.ActingEnterprise;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.problem.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * What intake adds to the shared acting-for ({@code support.acting}, issue 18): the header and identity's answer are
 * the platform's ({@link ActingFor}, {@link EnterpriseMember}); intake confirms the membership once per request in
 * its web layer and keeps it as a request attribute, records the enterprise on the case, and refuses a viewer only
 * where a step changes a case (a viewer still follows the enterprise's cases), with intake's own wording.
 */
public final class EnterpriseActing {

    /** The request attribute the web layer keeps identity's confirmed {@link EnterpriseMember} in. */
    public static final String ATTRIBUTE = "cn.gov.platform.intake.actingFor";

    private EnterpriseActing() {
    }

    /** The enterprise as a case records it. */
    public static ActingEnterprise enterprise(EnterpriseMember member) {
        return new ActingEnterprise(member.creditCode().value(), member.enterpriseName());
    }

    /** Refuses a viewer's filing, supplement or withdrawal: representatives, administrators and filers file. */
    public static void requireFiling(EnterpriseMember member) {
        if (!member.role().mayAct()) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "MEMBER_ROLE_FORBIDS", Message.of(
                    "您在该企业的角色是查看人，只能查看办件，不能申请、补正或撤回。",
                    "As a viewer of this enterprise you may see its cases but not file, supplement or withdraw."),
                    ActingFor.HEADER);
        }
    }
}

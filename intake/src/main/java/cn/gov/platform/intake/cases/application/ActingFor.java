package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.ActingEnterprise;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import org.springframework.http.HttpStatus;

/**
 * The enterprise the caller acts for on this request (header {@code X-Acting-For}, issue 18), as
 * identity confirmed it on this very request: its code, name and the caller's role there
 * (REPRESENTATIVE, ADMINISTRATOR, FILER or VIEWER).
 */
public record ActingFor(String creditCode, String name, String role) {

    /** The request attribute the web layer keeps the confirmed choice in. */
    public static final String ATTRIBUTE = "cn.gov.platform.intake.actingFor";
    public static final String HEADER = "X-Acting-For";

    public ActingEnterprise enterprise() {
        return new ActingEnterprise(creditCode, name);
    }

    /** Representatives, administrators and filers file, supplement and withdraw; viewers only look. */
    public boolean files() {
        return !"VIEWER".equals(role);
    }

    /** Refuses a viewer's filing, supplement or withdrawal. */
    public void requireFiling() {
        if (!files()) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "MEMBER_ROLE_FORBIDS", Message.of(
                    "您在该企业的角色是查看人，只能查看办件，不能申请、补正或撤回。",
                    "As a viewer of this enterprise you may see its cases but not file, supplement or withdraw."),
                    HEADER);
        }
    }
}

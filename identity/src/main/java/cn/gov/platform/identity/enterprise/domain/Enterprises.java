package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import java.util.List;
import java.util.Optional;

/** Every enterprise, by credit code and by the people who act for it. */
public interface Enterprises {

    /** Adds an enterprise; {@code CREDIT_CODE_REGISTERED} if the code is already held. */
    void add(Enterprise enterprise);

    void update(Enterprise enterprise);

    Optional<Enterprise> byCreditCode(UnifiedSocialCreditCode code);

    /** Enterprises the subject represents or is an active member of. */
    List<Enterprise> actedForBy(String subject);

    static DomainViolation notFound() {
        return DomainViolation.notFound("ENTERPRISE_NOT_FOUND", Message.of("未找到该企业。", "No such enterprise."));
    }
}

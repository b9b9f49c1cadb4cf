package cn.gov.platform.credit.subjects.web;

import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.support.acting.ActingFor;
import cn.gov.platform.support.acting.EnterpriseMember;
import cn.gov.platform.support.acting.EnterpriseMembers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Whose credit record an applicant's request is about: their own (as identity resolves the account),
 * or with {@code X-Acting-For} the enterprise's, once identity confirms the caller is its member
 * (issue 18, point 1: every member sees the enterprise's standing; viewers do not file petitions).
 * Empty: the account has no credit subject, so no entry can be about it.
 */
@Component
public class OwnSubjects {

    private final CreditSubjects subjects;
    private final EnterpriseMembers members;

    OwnSubjects(CreditSubjects subjects, EnterpriseMembers members) {
        this.subjects = subjects;
        this.members = members;
    }

    public Optional<CreditSubject> reading(Jwt jwt, @Nullable String actingFor) {
        return resolve(jwt, actingFor, false);
    }

    public Optional<CreditSubject> acting(Jwt jwt, @Nullable String actingFor) {
        return resolve(jwt, actingFor, true);
    }

    private Optional<CreditSubject> resolve(Jwt jwt, @Nullable String actingFor, boolean changes) {
        Optional<UnifiedSocialCreditCode> enterprise = ActingFor.parse(actingFor);
        if (enterprise.isEmpty()) {
            return subjects.resolve(jwt.getSubject());
        }
        EnterpriseMember member = changes ? members.requireActing(enterprise.get(), jwt.getSubject())
                : members.require(enterprise.get(), jwt.getSubject());
        return Optional.of(new CreditSubject(SubjectKey.legalPerson(enterprise.get()), member.enterpriseName()));
    }
}

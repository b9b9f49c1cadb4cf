package cn.gov.platform.identity.enterprise.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.enterprise.domain.MemberRole;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Enterprises registered by their legal representative, who authorises and revokes members. */
@Service
public class EnterpriseService {

    private final Enterprises enterprises;
    private final PersonQueries persons;
    private final AuditLog audit;
    private final Clock clock;
    private final Timer timer;

    public EnterpriseService(Enterprises enterprises, PersonQueries persons, AuditLog audit, Clock clock,
            MeterRegistry meters) {
        this.enterprises = enterprises;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
        this.timer = Timer.builder("identity.use-case").tag("use-case", "change-enterprise").register(meters);
    }

    /** The caller registers an enterprise as its legal representative; they must be real-name verified. */
    public Enterprise register(String representative, UnifiedSocialCreditCode code, String name) {
        return timer.record(() -> {
            Person person = persons.bySubject(representative).orElseThrow(() -> notVerified());
            if (!person.isVerified()) {
                throw notVerified();
            }
            Enterprise enterprise = new Enterprise(code, name, representative, List.of(), clock.instant());
            enterprises.add(enterprise);
            audit.record(representative, "ENTERPRISE_REGISTERED", "enterprise", code.value(), List.of(representative),
                    Map.of("name", enterprise.name()));
            return enterprise;
        });
    }

    public Enterprise authorise(String by, UnifiedSocialCreditCode code, String username, MemberRole role) {
        return timer.record(() -> {
            Enterprise enterprise = asRepresentative(by, code);
            Person member = persons.byUsername(username).orElseThrow(() -> PlatformException.invalid("username",
                    "PERSON_NOT_FOUND", Message.of("该用户尚未实名注册。", "No registered person has that username.")));
            enterprise.authorise(by, member.subject(), role, clock.instant());
            enterprises.update(enterprise);
            audit.record(by, "MEMBER_AUTHORISED", "enterprise", code.value(), List.of(by, member.subject()),
                    Map.of("member", member.subject(), "role", role.name()));
            return enterprise;
        });
    }

    public Enterprise revoke(String by, UnifiedSocialCreditCode code, String memberSubject) {
        return timer.record(() -> {
            Enterprise enterprise = asRepresentative(by, code);
            enterprise.revoke(by, memberSubject, clock.instant());
            enterprises.update(enterprise);
            audit.record(by, "MEMBER_REVOKED", "enterprise", code.value(), List.of(by, memberSubject),
                    Map.of("member", memberSubject));
            return enterprise;
        });
    }

    public Enterprise visibleTo(String subject, UnifiedSocialCreditCode code) {
        return enterprises.byCreditCode(code).filter(e -> e.visibleTo(subject)).orElseThrow(Enterprises::notFound);
    }

    public List<Enterprise> actedForBy(String subject) {
        return enterprises.actedForBy(subject);
    }

    private Enterprise asRepresentative(String by, UnifiedSocialCreditCode code) {
        Enterprise enterprise = visibleTo(by, code);
        if (!enterprise.legalRepresentative().equals(by)) {
            throw new PlatformException(HttpStatus.FORBIDDEN, "NOT_REPRESENTATIVE", Message.of(
                    "只有法定代表人可以授权或撤销成员。", "Only the legal representative authorises or revokes members."));
        }
        return enterprise;
    }

    private static PlatformException notVerified() {
        return new PlatformException(HttpStatus.CONFLICT, "NOT_VERIFIED", Message.of(
                "法定代表人须先完成实名认证。", "The legal representative must be real-name verified first."));
    }
}

package cn.gov.platform.identity.enterprise.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.enterprise.domain.ActingRole;
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
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Enterprises registered by their legal representative; the representative and administrators add and remove members. */
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

    /**
     * The representative or an administrator adds a member, named by username or by the subject of a
     * verified account. Filers, viewers and outsiders get 404; an administrator adding an administrator 403.
     */
    public Enterprise authorise(String by, UnifiedSocialCreditCode code, @Nullable String username,
            @Nullable String subject, MemberRole role) {
        return timer.record(() -> {
            Enterprise enterprise = asManager(by, code, role);
            Person member = member(username, subject);
            enterprise.authorise(by, member.subject(), role, clock.instant());
            enterprises.update(enterprise);
            audit.record(by, "MEMBER_AUTHORISED", "enterprise", code.value(), List.of(by, member.subject()),
                    Map.of("member", member.subject(), "role", role.name()));
            return enterprise;
        });
    }

    public Enterprise revoke(String by, UnifiedSocialCreditCode code, String memberSubject) {
        return timer.record(() -> {
            Enterprise enterprise = enterprises.byCreditCode(code).orElseThrow(Enterprises::notFound);
            if (!enterprise.roleOf(by).map(ActingRole::managesMembers).orElse(false)) {
                throw Enterprises.notFound();
            }
            MemberRole held = enterprise.members().stream().filter(m -> m.active() && m.subject().equals(memberSubject))
                    .map(m -> m.role()).findFirst().orElse(null);
            if (memberSubject.equals(enterprise.legalRepresentative()) || held != null && !enterprise.mayChange(by, held)) {
                throw forbidden();
            }
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

    /**
     * The internal check other services make on every request that acts for an enterprise (issue 18):
     * read from the store each time, never cached, so a removed member is refused on the next request.
     */
    public Acting acting(UnifiedSocialCreditCode code, String subject) {
        Enterprise enterprise = enterprises.byCreditCode(code).orElseThrow(Enterprises::notFound);
        ActingRole role = enterprise.roleOf(subject).orElseThrow(Enterprises::notFound);
        return new Acting(enterprise, role);
    }

    /** An enterprise and the capacity in which someone acts for it. */
    public record Acting(Enterprise enterprise, ActingRole role) {
    }

    private Enterprise asManager(String by, UnifiedSocialCreditCode code, MemberRole role) {
        Enterprise enterprise = enterprises.byCreditCode(code).orElseThrow(Enterprises::notFound);
        if (!enterprise.roleOf(by).map(ActingRole::managesMembers).orElse(false)) {
            // Filers, viewers and outsiders are not told who the members are (issue 18, "Bad input").
            throw Enterprises.notFound();
        }
        if (!enterprise.mayChange(by, role)) {
            throw forbidden();
        }
        return enterprise;
    }

    private Person member(@Nullable String username, @Nullable String subject) {
        if (username != null && !username.isBlank()) {
            return persons.byUsername(username.trim()).orElseThrow(() -> PlatformException.invalid("username",
                    "PERSON_NOT_FOUND", Message.of("该用户尚未实名注册。", "No registered person has that username.")));
        }
        if (subject != null && !subject.isBlank()) {
            return persons.bySubject(subject.trim()).filter(Person::isVerified).orElseThrow(() -> PlatformException.invalid(
                    "subject", "PERSON_NOT_FOUND", Message.of("该账户尚未实名认证。", "That account is not real-name verified.")));
        }
        throw PlatformException.invalid("username", "REQUIRED", Message.of("请填写要添加的成员的用户名。",
                "Enter the username of the member to add."));
    }

    private static PlatformException forbidden() {
        return new PlatformException(HttpStatus.FORBIDDEN, "MEMBER_ROLE_FORBIDS", Message.of(
                "管理员只能添加或移除经办人和查看人；管理员只能由法定代表人添加或移除，法定代表人不能被移除。",
                "An administrator adds and removes filers and viewers only; the legal representative alone adds "
                        + "or removes administrators, and nobody removes the representative."));
    }

    private static PlatformException notVerified() {
        return new PlatformException(HttpStatus.CONFLICT, "NOT_VERIFIED", Message.of(
                "法定代表人须先完成实名认证。", "The legal representative must be real-name verified first."));
    }
}

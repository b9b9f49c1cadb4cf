package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal person: its credit code, name and legal representative (a verified person), and the
 * members acting for it (issue 18). The representative adds and removes any member; an
 * administrator adds and removes filers and viewers only (never the representative, nor another
 * administrator, nor makes one); filers and viewers change nothing. To anyone who is neither the
 * representative nor an active member the enterprise does not exist.
 */
public final class Enterprise {

    /**
     * The account-like subject of an enterprise as an applicant (issue 18): a case filed while acting
     * for the enterprise belongs to {@code enterprise:<credit code>}, not to the person who filed it.
     */
    public static final String SUBJECT_PREFIX = "enterprise:";

    private final UnifiedSocialCreditCode creditCode;
    private final String name;
    private final String legalRepresentative;
    private final List<Membership> members;
    private final Instant registeredAt;

    public Enterprise(UnifiedSocialCreditCode creditCode, String name, String legalRepresentative,
            List<Membership> members, Instant registeredAt) {
        this.creditCode = Objects.requireNonNull(creditCode);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw DomainViolation.invalid("name", "INVALID_NAME", Message.of(
                    "请填写营业执照上的企业名称（不超过 100 字）。",
                    "Enter the name on the business licence (at most 100 characters)."));
        }
        this.name = name.trim();
        this.legalRepresentative = Objects.requireNonNull(legalRepresentative);
        this.members = new ArrayList<>(members);
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public void authorise(String by, String subject, MemberRole role, Instant now) {
        requireManager(by);
        if (!mayChange(by, role)) {
            throw forbidden();
        }
        if (subject.equals(legalRepresentative)) {
            throw DomainViolation.invalid("username", "ALREADY_REPRESENTATIVE", Message.of(
                    "法定代表人无需再被授权。", "The legal representative needs no authorisation."));
        }
        if (activeMember(subject)) {
            throw DomainViolation.conflict("ALREADY_MEMBER", Message.of(
                    "该人员已是本企业的授权成员。", "That person is already an authorised member."));
        }
        members.add(new Membership(subject, role, now, null));
    }

    public void revoke(String by, String subject, Instant now) {
        requireManager(by);
        if (subject.equals(legalRepresentative)) {
            throw forbidden();
        }
        int index = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).subject().equals(subject) && members.get(i).active()) {
                index = i;
            }
        }
        if (index < 0) {
            throw DomainViolation.notFound("MEMBER_NOT_FOUND", Message.of(
                    "该人员不是本企业的授权成员。", "That person is not an authorised member."));
        }
        Membership m = members.get(index);
        if (!mayChange(by, m.role())) {
            throw forbidden();
        }
        members.set(index, new Membership(m.subject(), m.role(), m.since(), now));
    }

    /** The representative and active members may see the enterprise; to anyone else it does not exist. */
    public boolean visibleTo(String subject) {
        return legalRepresentative.equals(subject) || activeMember(subject);
    }

    /** This enterprise as an applicant's subject. */
    public String subject() {
        return SUBJECT_PREFIX + creditCode.value();
    }

    /** The credit code in an enterprise subject, if it is one and the code is valid. */
    public static Optional<UnifiedSocialCreditCode> codeOf(String subject) {
        if (!subject.startsWith(SUBJECT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UnifiedSocialCreditCode(subject.substring(SUBJECT_PREFIX.length())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The capacity in which the subject acts for this enterprise; empty for anyone else (and former members). */
    public Optional<ActingRole> roleOf(String subject) {
        if (legalRepresentative.equals(subject)) {
            return Optional.of(ActingRole.REPRESENTATIVE);
        }
        return members.stream().filter(m -> m.subject().equals(subject) && m.active()).findFirst()
                .map(m -> m.role().acting());
    }

    /**
     * Whether {@code by} may add or remove a member holding {@code role}: the representative any
     * role, an administrator filers and viewers, nobody else anything.
     */
    public boolean mayChange(String by, MemberRole role) {
        return roleOf(by).map(r -> r == ActingRole.REPRESENTATIVE
                || r == ActingRole.ADMINISTRATOR && role != MemberRole.ADMINISTRATOR).orElse(false);
    }

    private boolean activeMember(String subject) {
        return members.stream().anyMatch(m -> m.subject().equals(subject) && m.active());
    }

    /** Filers, viewers and outsiders are not told whom the enterprise has (issue 18): for them it is 404. */
    private void requireManager(String by) {
        if (!roleOf(by).map(ActingRole::managesMembers).orElse(false)) {
            throw Enterprises.notFound();
        }
    }

    private static DomainViolation forbidden() {
        return new DomainViolation(DomainViolation.Kind.RULE, "MEMBER_ROLE_FORBIDS", Message.of(
                "管理员只能添加或移除经办人和查看人；法定代表人和管理员只能由法定代表人调整。",
                "An administrator adds and removes filers and viewers only; the legal representative alone "
                        + "changes administrators, and nobody removes the representative."), "role", List.of());
    }

    public UnifiedSocialCreditCode creditCode() { return creditCode; }
    public String name() { return name; }
    public String legalRepresentative() { return legalRepresentative; }
    public List<Membership> members() { return List.copyOf(members); }
    public Instant registeredAt() { return registeredAt; }
}

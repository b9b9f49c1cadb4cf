package cn.gov.platform.identity.enterprise.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A legal person: its credit code, name and legal representative (a verified person), who alone
 * authorises and revokes the members acting for it.
 */
public final class Enterprise {

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
        requireRepresentative(by);
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
        requireRepresentative(by);
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
        members.set(index, new Membership(m.subject(), m.role(), m.since(), now));
    }

    /** The representative and active members may see the enterprise; to anyone else it does not exist. */
    public boolean visibleTo(String subject) {
        return legalRepresentative.equals(subject) || activeMember(subject);
    }

    private boolean activeMember(String subject) {
        return members.stream().anyMatch(m -> m.subject().equals(subject) && m.active());
    }

    private void requireRepresentative(String by) {
        // The application answers members with 403 before getting here; anyone else never learns it exists.
        if (!legalRepresentative.equals(by)) {
            throw Enterprises.notFound();
        }
    }

    public UnifiedSocialCreditCode creditCode() { return creditCode; }
    public String name() { return name; }
    public String legalRepresentative() { return legalRepresentative; }
    public List<Membership> members() { return List.copyOf(members); }
    public Instant registeredAt() { return registeredAt; }
}

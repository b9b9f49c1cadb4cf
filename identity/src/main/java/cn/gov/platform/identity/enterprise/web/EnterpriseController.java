package cn.gov.platform.identity.enterprise.web;

import cn.gov.platform.identity.enterprise.application.EnterpriseService;
import cn.gov.platform.identity.enterprise.domain.ActingRole;
import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.MemberRole;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enterprises, seen only by their legal representative and members (others get 404). The
 * representative and administrators add and remove members; other services ask the internal
 * check whether someone acts for an enterprise and in which role (issue 18).
 */
@RestController
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final PersonQueries persons;

    EnterpriseController(EnterpriseService enterprises, PersonQueries persons) {
        this.enterprises = enterprises;
        this.persons = persons;
    }

    @PostMapping("/api/identity/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    EnterpriseView register(@AuthenticationPrincipal Jwt jwt, @RequestBody RegisterRequest request) {
        return view(enterprises.register(jwt.getSubject(),
                UnifiedSocialCreditCode.parse(request.creditCode(), "creditCode"), request.name()), jwt.getSubject());
    }

    /** The enterprises the caller represents or belongs to, with their role: what the portal's switch offers. */
    @GetMapping("/api/identity/enterprises/mine")
    List<Mine> mine(@AuthenticationPrincipal Jwt jwt) {
        String subject = jwt.getSubject();
        return enterprises.actedForBy(subject).stream()
                .sorted(Comparator.comparing(Enterprise::name))
                .flatMap(e -> e.roleOf(subject).map(r -> new Mine(e.creditCode().value(), e.name(), r.name(),
                        r.managesMembers())).stream())
                .toList();
    }

    @GetMapping("/api/identity/enterprises/{creditCode}")
    EnterpriseView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode) {
        return view(enterprises.visibleTo(jwt.getSubject(), UnifiedSocialCreditCode.parse(creditCode, "creditCode")),
                jwt.getSubject());
    }

    /** Adds a member by username (or by the subject of a verified account) with a role. */
    @PostMapping("/api/identity/enterprises/{creditCode}/members")
    EnterpriseView authorise(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode,
            @RequestBody MemberRequest request) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(creditCode, "creditCode");
        MemberRole role = MemberRole.parse(request.role() == null ? "" : request.role(), "role");
        return view(enterprises.authorise(jwt.getSubject(), code, request.username(), request.subject(), role),
                jwt.getSubject());
    }

    @DeleteMapping("/api/identity/enterprises/{creditCode}/members/{subject}")
    EnterpriseView revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode,
            @PathVariable String subject) {
        return view(enterprises.revoke(jwt.getSubject(), UnifiedSocialCreditCode.parse(creditCode, "creditCode"), subject),
                jwt.getSubject());
    }

    /**
     * Internal (service accounts only, as every {@code /internal/} path): whether the subject acts for
     * the enterprise and in which role. 404 when they are neither its representative nor an active
     * member, or it is unknown; read from the store on every call, never cached.
     */
    @GetMapping("/api/identity/internal/enterprises/{creditCode}/members/{subject}")
    MemberCheck member(@PathVariable String creditCode, @PathVariable String subject) {
        EnterpriseService.Acting acting = enterprises.acting(UnifiedSocialCreditCode.parse(creditCode, "creditCode"), subject);
        return new MemberCheck(acting.enterprise().creditCode().value(), acting.enterprise().name(), acting.role().name());
    }

    private EnterpriseView view(Enterprise e, String viewer) {
        return EnterpriseView.of(e, viewer, s -> persons.bySubject(s));
    }

    record RegisterRequest(@Nullable String creditCode, @Nullable String name) {
    }

    record MemberRequest(@Nullable String username, @Nullable String subject, @Nullable String role) {
    }

    record Mine(String creditCode, String name, String role, boolean managesMembers) {
    }

    record MemberCheck(String creditCode, String name, String role) {
    }

    /**
     * An enterprise as its representative and members see it: who represents it, the active members
     * with their names and roles (the member list for the representative and administrators only),
     * and the viewer's own role.
     */
    public record EnterpriseView(String creditCode, String name, String legalRepresentative,
            @Nullable String legalRepresentativeName, String role, List<MemberView> members) {
        static EnterpriseView of(Enterprise e, String viewer, java.util.function.Function<String, Optional<Person>> persons) {
            ActingRole role = e.roleOf(viewer).orElseThrow();
            List<MemberView> members = !role.managesMembers() ? List.of() : e.members().stream()
                    .filter(m -> m.active())
                    .map(m -> {
                        Optional<Person> p = persons.apply(m.subject());
                        return new MemberView(m.subject(), p.map(Person::username).orElse(null),
                                p.map(Person::name).orElse(null), m.role().name().toLowerCase(Locale.ROOT), m.since(),
                                e.mayChange(viewer, m.role()));
                    })
                    .toList();
            return new EnterpriseView(e.creditCode().value(), e.name(), e.legalRepresentative(),
                    persons.apply(e.legalRepresentative()).map(Person::name).orElse(null), role.name(), members);
        }
    }

    public record MemberView(String subject, @Nullable String username, @Nullable String name, String role,
            Instant since, boolean removable) {
    }
}

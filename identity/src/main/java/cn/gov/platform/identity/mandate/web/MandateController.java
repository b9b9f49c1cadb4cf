package cn.gov.platform.identity.mandate.web;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.mandate.application.MandateChecks;
import cn.gov.platform.identity.mandate.application.MandateService;
import cn.gov.platform.identity.mandate.domain.Agent;
import cn.gov.platform.identity.mandate.domain.ConsentMethod;
import cn.gov.platform.identity.mandate.domain.MandateDecision;
import cn.gov.platform.identity.mandate.domain.Scope;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mandates between villagers and village agents (INT-10): the villager grants, confirms and
 * revokes; the agent files at the service point; other services ask the internal check.
 */
@RestController
class MandateController {

    private final MandateService mandates;
    private final MandateChecks checks;
    private final PersonQueries persons;
    private final Clock clock;

    MandateController(MandateService mandates, MandateChecks checks, PersonQueries persons, Clock clock) {
        this.mandates = mandates;
        this.checks = checks;
        this.persons = persons;
        this.clock = clock;
    }

    /** The caller (the villager) grants a mandate to an agent. */
    @PostMapping("/api/identity/mandates")
    @ResponseStatus(HttpStatus.CREATED)
    MandateView grant(@AuthenticationPrincipal Jwt jwt, @RequestBody GrantRequest request) {
        return view(mandates.grant(jwt.getSubject(), required(request.agent(), "agent"), scope(request.allItems(),
                request.items()), request.validFrom(), required(request.validUntil(), "validUntil")));
    }

    /**
     * The caller (an agent) records a mandate for a villager identified by their identity card, with an
     * Idempotency-Key: 201 when recorded, 200 with the same mandate when the request is repeated.
     */
    @PostMapping("/api/identity/agent/mandates")
    @PreAuthorize("hasRole('agent')")
    ResponseEntity<MandateView> file(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody FileRequest request) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw PlatformException.invalid("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED", Message.of(
                    "请在请求头 Idempotency-Key 中提供本次登记的唯一标识。",
                    "Send a unique Idempotency-Key header with the mandate."));
        }
        MandateService.Filed filed = mandates.file(jwt.getSubject(), key,
                ResidentIdNumber.parse(request.principalIdNumber(), "principalIdNumber"), request.principalName(),
                request.principalPhone(), scope(request.allItems(), request.items()), request.validFrom(),
                required(request.validUntil(), "validUntil"), consent(request.consent()), request.attestation());
        return ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view(filed.mandate()));
    }

    @GetMapping("/api/identity/mandates")
    Overview mine(@AuthenticationPrincipal Jwt jwt) {
        return new Overview(mandates.givenBy(jwt.getSubject()).stream().map(this::view).toList(),
                mandates.heldBy(jwt.getSubject()).stream().map(this::view).toList());
    }

    @GetMapping("/api/identity/mandates/{id}")
    MandateView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(mandates.visibleTo(id, jwt.getSubject()));
    }

    @PostMapping("/api/identity/mandates/{id}/confirm")
    MandateView confirm(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(mandates.confirm(id, jwt.getSubject()));
    }

    @PostMapping("/api/identity/mandates/{id}/revoke")
    MandateView revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view(mandates.revoke(id, jwt.getSubject()));
    }

    @GetMapping("/api/identity/internal/mandates/check")
    CheckAnswer check(@RequestParam String actor, @RequestParam String principal, @RequestParam String item) {
        MandateDecision decision = checks.check(actor, principal, item);
        // Named only to the service the agent acts through, and only when the agent may act: staff then read
        // whom the case is for (a villager without an account has no other name the services know).
        return new CheckAnswer(decision.allowed(), decision.reason().name(), decision.mandateId(),
                decision.allowed() ? persons.nameOf(principal).orElse(null) : null);
    }

    @PutMapping("/api/identity/admin/agents/{subject}")
    @PreAuthorize("hasRole('admin')")
    AgentView registerAgent(@AuthenticationPrincipal Jwt jwt, @PathVariable String subject,
            @RequestBody AgentRequest request) {
        return AgentView.of(mandates.registerAgent(jwt.getSubject(), subject,
                DivisionCode.parse(request.servicePoint(), "servicePoint")));
    }

    @DeleteMapping("/api/identity/admin/agents/{subject}")
    @PreAuthorize("hasRole('admin')")
    AgentView retireAgent(@AuthenticationPrincipal Jwt jwt, @PathVariable String subject) {
        return AgentView.of(mandates.retireAgent(jwt.getSubject(), subject));
    }

    private MandateView view(cn.gov.platform.identity.mandate.domain.Mandate mandate) {
        return MandateView.of(mandate, clock.instant(), persons::nameOf);
    }

    private static Scope scope(@Nullable Boolean allItems, @Nullable List<String> items) {
        return Boolean.TRUE.equals(allItems) ? new Scope(true, items == null ? Set.of() : Set.copyOf(items))
                : Scope.of(items == null ? Set.of() : Set.copyOf(items));
    }

    private static ConsentMethod consent(@Nullable String raw) {
        try {
            return ConsentMethod.valueOf(required(raw, "consent").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("consent", "INVALID_CONSENT", Message.of(
                    "授权方式只能是 in_person（当面见证）或 app_confirmation（村民在应用中确认）。",
                    "Consent is in_person (attested by the agent) or app_confirmation (confirmed by the villager in the app)."));
        }
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw PlatformException.invalid(field, "REQUIRED", Message.of("缺少必填字段：" + field + "。",
                    "The field " + field + " is required."));
        }
        return value;
    }

    record GrantRequest(@Nullable String agent, @Nullable Boolean allItems, @Nullable List<String> items,
            @Nullable Instant validFrom, @Nullable Instant validUntil) {
    }

    /**
     * {@code principalName} and {@code principalPhone} are for a villager without an account (served by their
     * identity card): the name is then required, the phone optional (where the villager is told by SMS).
     */
    record FileRequest(@Nullable String principalIdNumber, @Nullable String principalName,
            @Nullable String principalPhone, @Nullable Boolean allItems, @Nullable List<String> items,
            @Nullable Instant validFrom, @Nullable Instant validUntil, @Nullable String consent,
            @Nullable String attestation) {
        @Override
        public String toString() {
            return "FileRequest[masked]";
        }
    }

    record AgentRequest(@Nullable String servicePoint) {
    }

    record Overview(List<MandateView> given, List<MandateView> held) {
    }

    /**
     * {@code mandateId} is written even when null: the contract names the field in every answer.
     * {@code principalName}: the principal's real name when allowed (issue 20, point 5), else absent.
     */
    record CheckAnswer(boolean allowed, String reason,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
            @Nullable String mandateId, @Nullable String principalName) {
    }

    record AgentView(String subject, String servicePoint, boolean active, Instant since) {
        static AgentView of(Agent a) {
            return new AgentView(a.subject(), a.servicePoint().value(), a.active(), a.since());
        }
    }
}

package cn.gov.platform.identity.mandate.application;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionTree;
import cn.gov.platform.identity.mandate.domain.Agent;
import cn.gov.platform.identity.mandate.domain.Agents;
import cn.gov.platform.identity.mandate.domain.Consent;
import cn.gov.platform.identity.mandate.domain.ConsentMethod;
import cn.gov.platform.identity.mandate.domain.Mandate;
import cn.gov.platform.identity.mandate.domain.Mandates;
import cn.gov.platform.identity.mandate.domain.Scope;
import cn.gov.platform.identity.mandate.domain.VillagerWithoutAccount;
import cn.gov.platform.identity.person.application.PersonQueries;
import cn.gov.platform.identity.person.application.PersonRecordService;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.PersonRecord;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Granting, confirming and revoking mandates, and registering the agents who receive them. */
@Service
public class MandateService {

    private final Mandates mandates;
    private final Agents agents;
    private final PersonQueries persons;
    private final PersonRecordService records;
    private final DivisionTree divisions;
    private final CheckCache cache;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer timer;

    public MandateService(Mandates mandates, Agents agents, PersonQueries persons, PersonRecordService records,
            DivisionTree divisions, CheckCache cache, AuditLog audit, IdentityProperties properties, Clock clock,
            MeterRegistry meters) {
        this.mandates = mandates;
        this.agents = agents;
        this.persons = persons;
        this.records = records;
        this.divisions = divisions;
        this.cache = cache;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("identity.use-case").tag("use-case", "change-mandate").register(meters);
    }

    /** The villager grants a mandate in the app: consent is given by doing so. */
    public Mandate grant(String principal, String agent, Scope scope, @Nullable Instant validFrom, Instant validUntil) {
        return timer.record(() -> {
            requireVerified(principal, "principal");
            requireActiveAgent(agent);
            Instant now = clock.instant();
            Mandate mandate = Mandate.grant(UUID.randomUUID().toString(), principal, agent, scope,
                    validFrom == null ? now : validFrom, validUntil, new Consent(ConsentMethod.APP_CONFIRMATION, null, now),
                    now, properties.mandates().maxValidity());
            return store(mandate, principal, "MANDATE_GRANTED");
        });
    }

    /**
     * The agent records a mandate at the service point for a villager identified by their identity card:
     * attested in person (active at once) or sent to the villager to confirm. A villager with an account
     * must be verified. A villager without one (many never will have one) is served by their identity
     * card: the agent gives the name on it and attests consent in person, and the mandate's principal is
     * the villager's person record, made or found as at a window (issue 20, point 5); the record, and so
     * the mandate, becomes the account's if the villager registers and is verified with that number.
     */
    /** The mandate and whether this call recorded it (false: a retry with the same Idempotency-Key). */
    public record Filed(Mandate mandate, boolean created) {
    }

    /**
     * The agent records a mandate for a villager. Its id is derived from the agent and their
     * {@code idempotencyKey}, so a retried request finds the mandate the first one recorded and
     * records nothing more (the villager's person record is reused either way).
     */
    public Filed file(String agent, String idempotencyKey, ResidentIdNumber principalId, @Nullable String principalName,
            @Nullable String principalPhone, Scope scope, @Nullable Instant validFrom, Instant validUntil,
            ConsentMethod method, @Nullable String attestation) {
        String id = UUID.nameUUIDFromBytes((agent + "\u0000" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        Optional<Mandate> earlier = mandates.byId(id);
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), false);
        }
        return timer.record(() -> {
            // A number is checked as far as it can be without a date; whether its holder is born yet needs today.
            principalId.requireBornBy(ChinaTime.today(clock), "principalIdNumber");
            requireActiveAgent(agent);
            Instant now = clock.instant();
            Instant from = validFrom == null ? now : validFrom;
            Consent consent = new Consent(method, attestation, method == ConsentMethod.IN_PERSON ? now : null);
            Optional<Person> account = persons.byIdNumber(principalId);
            String principal;
            if (account.isPresent()) {
                requireVerified(account.get().subject(), "principalIdNumber");
                principal = account.get().subject();
            } else {
                VillagerWithoutAccount.require(principalName, method);
                // Every rule on the mandate first: a refused mandate makes no record and audits no visit.
                Mandate.requireValidity(from, validUntil, now, properties.mandates().maxValidity());
                principal = recordOf(agent, principalId, principalName, principalPhone).subject();
            }
            Mandate mandate = Mandate.grant(id, principal, agent, scope, from, validUntil,
                    consent, now, properties.mandates().maxValidity());
            try {
                return new Filed(store(mandate, agent, "MANDATE_FILED"), true);
            } catch (DuplicateKeyException e) {
                // The same request twice at once: the other one recorded it.
                return new Filed(mandates.byId(id).orElseThrow(() -> e), false);
            }
        });
    }

    private PersonRecord recordOf(String agent, ResidentIdNumber idNumber, @Nullable String name,
            @Nullable String phoneText) {
        MobileNumber phone = phoneText == null || phoneText.isBlank() ? null
                : MobileNumber.parse(phoneText, "principalPhone");
        return records.servedByAgent(name == null ? "" : name, idNumber, phone, agent);
    }

    public Mandate confirm(String id, String by) {
        return timer.record(() -> {
            Mandate mandate = visibleTo(id, by);
            mandate.confirm(speakingAs(mandate, by), clock.instant());
            return change(mandate, by, "MANDATE_CONFIRMED");
        });
    }

    public Mandate revoke(String id, String by) {
        return timer.record(() -> {
            Mandate mandate = visibleTo(id, by);
            mandate.revoke(speakingAs(mandate, by), clock.instant());
            return change(mandate, by, "MANDATE_REVOKED");
        });
    }

    /**
     * A mandate its principal or agent may see, the principal being also the verified account whose person
     * record the mandate names; anyone else is told it does not exist.
     */
    public Mandate visibleTo(String id, String caller) {
        return mandates.byId(id)
                .filter(m -> m.principal().equals(caller) || m.agent().equals(caller) || holdsRecordPrincipal(m, caller))
                .orElseThrow(() -> PlatformException.notFound("MANDATE_NOT_FOUND",
                        Message.of("未找到该授权。", "No such mandate.")));
    }

    /** The mandates the caller gave: as their account, and as the person records that are their verified account's. */
    public List<Mandate> givenBy(String principal) {
        return Stream.concat(Stream.of(principal), records.recordsOf(principal).stream())
                .flatMap(subject -> mandates.givenBy(subject).stream())
                .sorted(Comparator.comparing(Mandate::createdAt).reversed())
                .toList();
    }

    public List<Mandate> heldBy(String agent) {
        return mandates.heldBy(agent);
    }

    /** An administrator registers (or moves) a village agent at a service point. */
    public Agent registerAgent(String admin, String subject, DivisionCode servicePoint) {
        if (!divisions.contains(servicePoint)) {
            throw PlatformException.invalid("servicePoint", "UNKNOWN_DIVISION", Message.of(
                    "该行政区划不存在。", "No division has that code."));
        }
        persons.bySubject(subject).orElseThrow(() -> PlatformException.invalid("subject", "PERSON_NOT_FOUND",
                Message.of("代办员须先完成实名注册。", "An agent must be a registered person first.")));
        Agent agent = new Agent(subject, servicePoint, true, clock.instant());
        agents.save(agent);
        cache.invalidate(MandateChecks.CHECK, subject);
        audit.record(admin, "AGENT_REGISTERED", "agent", subject, List.of(subject),
                Map.of("servicePoint", servicePoint.value()));
        return agent;
    }

    public Agent retireAgent(String admin, String subject) {
        Agent agent = agents.bySubject(subject).filter(Agent::active).orElseThrow(() -> PlatformException.notFound(
                "AGENT_NOT_FOUND", Message.of("未找到该代办员。", "No such agent.")));
        Agent retired = agent.retire();
        agents.save(retired);
        cache.invalidate(MandateChecks.CHECK, subject);
        audit.record(admin, "AGENT_RETIRED", "agent", subject, List.of(subject), Map.of());
        return retired;
    }

    private Mandate store(Mandate mandate, String actor, String action) {
        mandates.add(mandate);
        cache.invalidate(MandateChecks.CHECK, mandate.agent());
        audit.record(actor, action, "mandate", mandate.id(), List.of(mandate.principal(), mandate.agent()),
                Map.of("state", mandate.state().name(), "consent", mandate.consent().method().name(),
                        "validUntil", mandate.validUntil().toString()));
        meters.counter("identity.mandates", "event", action).increment();
        return mandate;
    }

    private Mandate change(Mandate mandate, String actor, String action) {
        mandates.update(mandate);
        cache.invalidate(MandateChecks.CHECK, mandate.agent());
        audit.record(actor, action, "mandate", mandate.id(), List.of(mandate.principal(), mandate.agent()),
                Map.of("state", mandate.state().name()));
        meters.counter("identity.mandates", "event", action).increment();
        return mandate;
    }

    /** Whether the mandate's principal is a person record that is the caller's verified account's. */
    private boolean holdsRecordPrincipal(Mandate mandate, String caller) {
        return PersonRecord.isRecordSubject(mandate.principal()) && records.recordsOf(caller).contains(mandate.principal());
    }

    /** The principal the caller acts as: the person record their account holds, else themselves. */
    private String speakingAs(Mandate mandate, String caller) {
        return holdsRecordPrincipal(mandate, caller) ? mandate.principal() : caller;
    }

    private void requireActiveAgent(String agent) {
        if (agents.bySubject(agent).filter(Agent::active).isEmpty()) {
            throw PlatformException.invalid("agent", "NOT_AN_AGENT", Message.of(
                    "该人员不是在册的村级代办员。", "That person is not a registered village agent."));
        }
    }

    private void requireVerified(String subject, String field) {
        Person person = persons.bySubject(subject).orElseThrow(() -> PlatformException.invalid(field,
                "PERSON_NOT_FOUND", Message.of("委托人尚未完成实名注册。", "The principal has no identity record yet.")));
        if (!person.isVerified()) {
            throw new PlatformException(HttpStatus.CONFLICT, "NOT_VERIFIED", Message.of(
                    "委托人须先通过实名认证才能授权代办。",
                    "The principal must pass real-name verification before giving a mandate."), field);
        }
    }
}

package cn.gov.platform.devprofile.identity;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.enterprise.domain.Enterprise;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.enterprise.domain.MemberRole;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.identity.mandate.application.MandateService;
import cn.gov.platform.identity.mandate.domain.Agents;
import cn.gov.platform.identity.mandate.domain.Mandates;
import cn.gov.platform.identity.mandate.domain.Scope;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.MobileNumber;
import cn.gov.platform.identity.person.domain.Person;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.identity.person.domain.Verification;
import cn.gov.platform.identity.person.domain.VerificationStatus;
import cn.gov.platform.identity.staff.application.StaffService;
import cn.gov.platform.identity.staff.domain.DepartmentCode;
import cn.gov.platform.identity.staff.domain.StaffRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Identity records for the local realm's demo users, created once: each step looks first and
 * adds only what is missing, so every start-up may run it. Keycloak ids are looked up by
 * username through the admin API. Runs after start-up on its own thread and retries while
 * Keycloak is still starting, so the service never waits for it to be ready.
 */
public class DemoData {

    /** The demo mandate's items; the intake catalogue is expected to use the same codes. */
    public static final Set<String> DEMO_MANDATE_ITEMS = Set.of("MZ-002", "RS-001", "SCJG-001", "ZRZY-002");
    /** A valid Tongxin credit code built by GB 32100 for the demo enterprise (illustrative). */
    public static final String DEMO_CREDIT_CODE = "91640324MA76TX0DXL";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SYSTEM = "system";
    private static final int ATTEMPTS = 360;
    // Valid numbers built for Tongxin County (640324) with the MOD 11-2 check character; not real people.
    private static final Map<String, Demo> PEOPLE = demoPeople();

    private final Accounts accounts;
    private final Persons persons;
    private final Agents agents;
    private final Mandates mandates;
    private final MandateService mandateService;
    private final Enterprises enterprises;
    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock;

    public DemoData(Accounts accounts, Persons persons, Agents agents, Mandates mandates, MandateService mandateService,
            Enterprises enterprises, StaffService staff, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.agents = agents;
        this.mandates = mandates;
        this.mandateService = mandateService;
        this.enterprises = enterprises;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    private record Demo(String name, String idNumber, String phone) {
    }

    private static Map<String, Demo> demoPeople() {
        Map<String, Demo> people = new LinkedHashMap<>();
        people.put("demo-citizen", new Demo("马文清", "640324198503120411", "13909530001"));
        people.put("demo-citizen2", new Demo("李秀兰", "640324199007080523", "13909530002"));
        people.put("demo-enterprise", new Demo("杨建国", "640324197802150632", "13909530003"));
        people.put("demo-agent", new Demo("丁海燕", "640324198811200747", "13909530004"));
        people.put("demo-clerk", new Demo("王志强", "640324198206050859", "13909530005"));
        people.put("demo-reviewer", new Demo("张丽", "640324197509180162", "13909530006"));
        people.put("demo-approver", new Demo("周明", "640324199302270274", "13909530007"));
        people.put("demo-township-clerk", new Demo("马春花", "640324198704300494", "13909530008"));
        people.put("demo-supervisor", new Demo("刘伟", "640324198001010511", "13909530009"));
        people.put("demo-township-reviewer", new Demo("马秀英", "640324198603150626", "13909530010"));
        people.put("demo-township-approver", new Demo("杨志军", "640324197908220715", "13909530011"));
        people.put("demo-fire-approver", new Demo("李建平", "640324198104070832", "13909530012"));
        people.put("demo-ecology-approver", new Demo("白洁", "640324199001190940", "13909530013"));
        people.put("demo-housing-approver", new Demo("冯平", "640324197709300157", "13909530014"));
        people.put("demo-resources-approver", new Demo("苏林", "640324198406120268", "13909530015"));
        people.put("demo-township-supervisor", new Demo("金红", "640324198302280371", "13909530016"));
        people.put("demo-agent2", new Demo("海兰", "64032419920503048X", "13909530017"));
        people.put("demo-hotline", new Demo("田晓", "640324199507170592", "13909530018"));
        people.put("demo-ent-admin", new Demo("何磊", "640324198709250617", "13909530019"));
        people.put("demo-ent-filer", new Demo("罗娟", "640324199304140721", "13909530020"));
        people.put("demo-ent-viewer", new Demo("郑涛", "640324198911020831", "13909530021"));
        people.put("demo-head", new Demo("马海军", "640324198103120930", "13909530022"));
        people.put("demo-resources-clerk", new Demo("马建国", "640324198604230513", "13909530023"));
        people.put("demo-resources-reviewer", new Demo("杨芳", "640324197908160628", "13909530024"));
        return people;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedInBackground() {
        Thread.ofVirtual().name("identity-demo-data").start(() -> {
            // Keycloak's first start (realm import) takes minutes on a busy 2-core machine: keep trying
            // for half an hour, every 5 s, rather than give up while it is still coming up.
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    seed();
                    return;
                } catch (RuntimeException e) {
                    log.info("Demo data not seeded yet (attempt {} of {}): {}", attempt, ATTEMPTS, e.getMessage());
                    sleep();
                }
            }
            log.warn("Demo data could not be seeded in 30 minutes; Keycloak unreachable?");
        });
    }

    /** Adds whatever demo record is missing; safe to run any number of times. */
    public void seed() {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (var entry : PEOPLE.entrySet()) {
            Optional<String> subject = accounts.subjectOf(entry.getKey());
            if (subject.isEmpty()) {
                log.warn("Demo user {} is not in the realm; skipped", entry.getKey());
                continue;
            }
            subjects.put(entry.getKey(), subject.get());
            person(entry.getKey(), subject.get(), entry.getValue());
        }
        Instant now = clock.instant();
        String agent = subjects.get("demo-agent");
        if (agent != null && agents.bySubject(agent).isEmpty()) {
            mandateService.registerAgent(SYSTEM, agent, new DivisionCode("640324100201"));
        }
        // A second agent, of the next village, whom no villager has given a mandate.
        String agent2 = subjects.get("demo-agent2");
        if (agent2 != null && agents.bySubject(agent2).isEmpty()) {
            mandateService.registerAgent(SYSTEM, agent2, new DivisionCode("640324100202"));
        }
        String citizen = subjects.get("demo-citizen");
        if (agent != null && citizen != null && mandates.between(agent, citizen).isEmpty()) {
            mandateService.grant(citizen, agent, Scope.of(DEMO_MANDATE_ITEMS), now, now.plus(Duration.ofDays(365)));
        }
        String representative = subjects.get("demo-enterprise");
        UnifiedSocialCreditCode code = new UnifiedSocialCreditCode(DEMO_CREDIT_CODE);
        if (representative != null && enterprises.byCreditCode(code).isEmpty()) {
            enterprises.add(new Enterprise(code, "同心县豫海商贸有限公司", representative, List.of(), now));
            audit.record(SYSTEM, "ENTERPRISE_REGISTERED", "enterprise", code.value(), List.of(representative),
                    Map.of("source", "demo-data"));
        }
        // Issue 18: the enterprise's administrator. demo-ent-filer and demo-ent-viewer are members of
        // nothing at start: the enterprise journey adds (and removes) them.
        String administrator = subjects.get("demo-ent-admin");
        Enterprise demo = enterprises.byCreditCode(code).orElse(null);
        if (representative != null && administrator != null && demo != null && demo.roleOf(administrator).isEmpty()) {
            demo.authorise(representative, administrator, MemberRole.ADMINISTRATOR, now);
            enterprises.update(demo);
            audit.record(SYSTEM, "MEMBER_AUTHORISED", "enterprise", code.value(), List.of(representative, administrator),
                    Map.of("member", administrator, "role", MemberRole.ADMINISTRATOR.name(), "source", "demo-data"));
        }
        position(subjects.get("demo-clerk"), "county-market-regulation", "640324000000", StaffRole.CLERK);
        position(subjects.get("demo-reviewer"), "county-market-regulation", "640324000000", StaffRole.REVIEWER);
        position(subjects.get("demo-approver"), "county-market-regulation", "640324000000", StaffRole.APPROVER);
        position(subjects.get("demo-township-clerk"), "yuhai-town-service-center", "640324100000", StaffRole.CLERK);
        position(subjects.get("demo-supervisor"), "county-supervision", "640324000000", StaffRole.SUPERVISOR);
        // The township's own decision chain, an approver for each department that joint items copy
        // cases to, and a supervisor of the Yuhai town subtree only.
        position(subjects.get("demo-township-reviewer"), "yuhai-town-service-center", "640324100000", StaffRole.REVIEWER);
        position(subjects.get("demo-township-approver"), "yuhai-town-service-center", "640324100000", StaffRole.APPROVER);
        position(subjects.get("demo-fire-approver"), "county-fire-rescue", "640324000000", StaffRole.APPROVER);
        position(subjects.get("demo-ecology-approver"), "county-ecology-environment", "640324000000", StaffRole.APPROVER);
        position(subjects.get("demo-housing-approver"), "county-housing", "640324000000", StaffRole.APPROVER);
        position(subjects.get("demo-resources-approver"), "county-natural-resources", "640324000000", StaffRole.APPROVER);
        // The natural resources bureau's window and reviewer: real-estate registration, the item with a fee (issue 19).
        position(subjects.get("demo-resources-clerk"), "county-natural-resources", "640324000000", StaffRole.CLERK);
        position(subjects.get("demo-resources-reviewer"), "county-natural-resources", "640324000000", StaffRole.REVIEWER);
        position(subjects.get("demo-township-supervisor"), "yuhai-town-supervision", "640324100000", StaffRole.SUPERVISOR);
        // The market regulation bureau's head, whom its deadline warnings reach (issue 17).
        position(subjects.get("demo-head"), "county-market-regulation", "640324000000", StaffRole.HEAD);
        log.info("Demo identity data present for {} demo users", subjects.size());
    }

    private void person(String username, String subject, Demo demo) {
        if (persons.bySubject(subject).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        persons.add(new Person(subject, username, demo.name(), new ResidentIdNumber(demo.idNumber()),
                new MobileNumber(demo.phone()), new Verification(VerificationStatus.VERIFIED, now, "DEMO_SEED"), now));
        audit.record(SYSTEM, "PERSON_REGISTERED", "person", subject, List.of(subject), Map.of("source", "demo-data"));
    }

    private void position(String subject, String department, String division, StaffRole role) {
        if (subject != null && staff.heldBy(subject).isEmpty()) {
            staff.assign(SYSTEM, subject, new DepartmentCode(department), new DivisionCode(division), EnumSet.of(role));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.gov.platform.devprofile.intake;

import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CaseNumber;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.cases.domain.StoredFile;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.ItemQuery;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.supervision.domain.CaseContribution;
import cn.gov.platform.intake.supervision.application.SupervisionProjection;
import cn.gov.platform.intake.supervision.domain.Contribution;
import cn.gov.platform.intake.supervision.infrastructure.SupervisionConfiguration;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision benchmark's generator ({@code platform.bench.enabled=true}): cases made through the
 * real aggregate (drafted, submitted, accepted, decided by the chain or still open) across the
 * catalogue's promised and immediate items, spread over this year up to today, written in bulk
 * with their projection rows, as the consumer would have left them. Their outboxes are emptied:
 * generated cases must not flood the stream. Serials start at 8,000,000 so they never meet real ones.
 */
@Hidden
@RestController
@Validated
@ConditionalOnProperty(name = "platform.bench.enabled", havingValue = "true")
class SupervisionBenchGenerator {

    // MongoCaseStore's collection, read for the count of earlier runs.
    private static final String CASES = "cases";

    private final MongoTemplate mongo;
    private final CaseStore cases;
    private final SupervisionProjection projection;
    private final CatalogueService catalogue;
    private final DeadlineClock deadlines;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private long serial = -1;

    SupervisionBenchGenerator(MongoTemplate mongo, CaseStore cases, SupervisionProjection projection,
            CatalogueService catalogue, DeadlineClock deadlines, WorkingDayCalendar calendar, Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.projection = projection;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PostMapping("/api/intake/supervision/bench/generate")
    synchronized Map<String, Object> generate(@RequestParam @Min(1) @Max(200_000) int count,
            @RequestParam(defaultValue = "42") long seed) {
        long started = System.nanoTime();
        if (serial < 0) {
            // Read only, for the count of earlier runs: cases are written through their store alone.
            serial = 8_000_000 + mongo.getCollection(CASES)
                    .countDocuments(new Document("idempotencyKey", new Document("$regex", "^bench-")));
        }
        List<ServiceItem> items = catalogue.search(new ItemQuery(null, null, null, null)).stream()
                .filter(i -> i.itemClass() == ItemClass.PROMISED || i.itemClass() == ItemClass.IMMEDIATE).toList();
        SplittableRandom random = new SplittableRandom(seed + serial);
        LocalDate today = ChinaTime.today(clock);
        LocalDate first = LocalDate.of(today.getYear(), 1, 5);
        long span = ChronoUnit.DAYS.between(first, today);
        int made = 0;
        int skipped = 0;
        List<Case> batch = new ArrayList<>();
        Map<String, Contribution> contributions = new LinkedHashMap<>();
        while (made < count) {
            ServiceItem item = items.get(random.nextInt(items.size()));
            // A third of the cases are recent and still open, the rest decided over the year.
            boolean open = item.itemClass() != ItemClass.IMMEDIATE && random.nextInt(3) == 0;
            LocalDate day = open ? today.minusDays(random.nextInt(25)) : first.plusDays(random.nextLong(Math.max(1, span - 20)));
            Instant at = day.atTime(LocalTime.of(9, 0)).atZone(ChinaTime.ZONE).toInstant().plusSeconds(random.nextInt(28_000));
            try {
                Case c = make(item, at, open, random);
                batch.add(c);
                contributions.put("case:" + c.id().value(), CaseContribution.of(CaseRecord.of(c.snapshot()), calendar));
                made++;
            } catch (DomainViolation beyondTheCalendar) {
                skipped++;
                if (skipped > count + 1000) {
                    throw beyondTheCalendar;
                }
            }
            if (batch.size() == 2000 || made == count) {
                cases.insertGenerated(batch);
                SupervisionConfiguration.addInBulk(projection, contributions);
                batch.clear();
                contributions.clear();
            }
        }
        return Map.of("generated", made, "millis", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private Case make(ServiceItem item, Instant at, boolean open, SplittableRandom random) {
        long n = serial++;
        String applicant = "bench-applicant-" + random.nextInt(50_000);
        Filing filing = new Filing(applicant, null, null, "bench-" + n, "bench");
        CaseId id = new CaseId(UUID.nameUUIDFromBytes(("bench-" + n).getBytes(StandardCharsets.UTF_8)).toString());
        var where = item.implementations().get(random.nextInt(item.implementations().size()));
        Actor applicantActor = new Actor(applicant, applicant, ActorRole.APPLICANT);
        Case c = Case.draft(id, item, where, filing, applicantActor, at);
        for (RequiredMaterial m : item.materials()) {
            c.attachUpload(m.code(), new StoredFile("bench", m.code() + ".pdf", "application/pdf", 1024,
                    "0".repeat(64)), at);
        }
        c.submit(applicantActor, at);
        CaseNumber number = CaseNumber.of(where.division().county(), at.atZone(ChinaTime.ZONE).getYear(), n);
        Actor handler = staff("handler", StaffRole.HANDLER);
        if (item.itemClass() == ItemClass.IMMEDIATE) {
            c.decideAtWindow(handler, () -> number, Verdict.APPROVE, "当场办结", null, AcceptancePolicy.standard(),
                    List.of(), deadlines, at.plusSeconds(600));
            return c;
        }
        c.accept(handler, () -> number, List.of(), AcceptancePolicy.standard(), deadlines, at.plusSeconds(600));
        if (open) {
            return c;
        }
        // Decided within the promised limit mostly, some days late now and then.
        int days = 1 + random.nextInt(Math.max(2, item.limits().promised().value() + 3));
        Instant decided = at.plus(Duration.ofDays(days));
        List<StaffRole> chain = item.decisionChain();
        for (int step = 0; step < chain.size(); step++) {
            StaffRole role = chain.get(step);
            boolean last = step == chain.size() - 1;
            Verdict verdict = last && random.nextInt(10) == 0 ? Verdict.REJECT : Verdict.APPROVE;
            c.recordOpinion(staff(role.name().toLowerCase(), role), role, verdict, last ? "决定" : "同意",
                    verdict == Verdict.REJECT ? "《行政许可法》第三十八条" : null, List.of(), deadlines,
                    decided.plusSeconds(step * 60L));
        }
        return c;
    }

    private static Actor staff(String name, StaffRole role) {
        return new Actor("bench-" + name, "bench-" + name, ActorRole.of(role));
    }
}

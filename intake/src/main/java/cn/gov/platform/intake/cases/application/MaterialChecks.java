package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.RecordFetch;
import cn.gov.platform.intake.cases.domain.ReferenceResolution;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * CAT-3 checks by those who hold the data: other departments' records fetched through the data exchange,
 * e-certificate references confirmed by the registry. Run at filing and submission, and again for
 * whatever is still pending when a clerk accepts and before every decision step; the aggregate then
 * refuses the step while anything is pending (MATERIAL_CHECK_PENDING).
 */
public class MaterialChecks {

    private final CaseChanges changes;
    private final CaseAccess access;
    private final DataExchange exchange;
    private final CertificateReferences registry;
    private final MeterRegistry meters;

    public MaterialChecks(CaseChanges changes, CaseAccess access, DataExchange exchange, CertificateReferences registry,
            MeterRegistry meters) {
        this.changes = changes;
        this.access = access;
        this.exchange = exchange;
        this.registry = registry;
        this.meters = meters;
    }

    /** Asks the data exchange for every record still to be fetched and records the answers in the case. */
    public void fetchRecords(Case c, Instant at) {
        for (RequiredMaterial m : c.recordsToFetch()) {
            RecordFetch fetch = exchange.fetch(m.recordCode(), m.recordDepartment(),
                    c.snapshot().filing().applicantSubject());
            meters.counter("intake.materials.records", "outcome", outcomeOf(fetch)).increment();
            c.recordFetched(m.code(), fetch, at);
        }
    }

    /** Asks for every record still to be fetched and every reference still pending, and records the answers in the case. */
    public void askFor(Case c, Instant at) {
        fetchRecords(c, at);
        for (MaterialEntry pending : c.pendingReferences()) {
            String type = c.snapshot().materials().required().stream().filter(r -> r.code().equals(pending.code()))
                    .map(RequiredMaterial::certificateType).findFirst().orElse(null);
            if (type == null || pending.certificateNumber() == null) {
                continue;
            }
            ReferenceResolution answer = registry.resolve(pending.certificateNumber(), type,
                    c.snapshot().filing().applicantSubject());
            meters.counter("intake.materials.references", "outcome", answer.name()).increment();
            c.referenceRechecked(pending.code(), answer, at);
        }
    }

    /**
     * Before acceptance or a decision step: asks again for what is pending and keeps the answers whatever
     * the step then does (a concurrent change wins; the step reloads the case).
     */
    public void refresh(String id, @Nullable Caller caller) {
        Case c = changes.load(id);
        if (!c.hasPendingChecks() || c.state().isDecided() || c.state().isFinal()) {
            return;
        }
        if (caller != null) {
            access.requireView(caller, c);
        }
        int before = c.pendingEvents().size();
        askFor(c, changes.now());
        try {
            changes.save(c, before);
        } catch (CaseStore.ConcurrentChange e) {
            // Someone else changed the case meanwhile: the step reloads it and asks again if need be.
        }
    }

    static String outcomeOf(RecordFetch fetch) {
        return switch (fetch) {
            case RecordFetch.Found f -> "found";
            case RecordFetch.NotHeld n -> "not-held";
            case RecordFetch.Unavailable u -> "unavailable";
        };
    }
}

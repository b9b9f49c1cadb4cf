package cn.gov.platform.identity.audit.application;

import cn.gov.platform.identity.audit.domain.AuditEntry;
import cn.gov.platform.identity.audit.domain.AuditTrail;
import cn.gov.platform.support.web.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Records a change with the time and the request id of the request that made it. */
@Service
public class AuditLog {

    private final AuditTrail trail;
    private final Clock clock;
    private final MeterRegistry meters;

    public AuditLog(AuditTrail trail, Clock clock, MeterRegistry meters) {
        this.trail = trail;
        this.clock = clock;
        this.meters = meters;
    }

    public void record(String actor, String action, String objectType, String objectId, List<String> dataSubjects,
            Map<String, String> details) {
        trail.append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor, action, objectType, objectId,
                dataSubjects, details, RequestIds.current().orElse(null)));
        meters.counter("identity.changes", "action", action).increment();
    }

    public List<AuditEntry> find(AuditTrail.Query query) {
        return trail.find(query);
    }
}

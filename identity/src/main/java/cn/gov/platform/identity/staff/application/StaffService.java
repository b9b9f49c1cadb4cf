package cn.gov.platform.identity.staff.application;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.division.domain.DivisionTree;
import cn.gov.platform.identity.staff.domain.DepartmentCode;
import cn.gov.platform.identity.staff.domain.StaffDecision;
import cn.gov.platform.identity.staff.domain.StaffPosition;
import cn.gov.platform.identity.staff.domain.StaffPositions;
import cn.gov.platform.identity.staff.domain.StaffRequest;
import cn.gov.platform.identity.staff.domain.StaffRole;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Staff positions, assigned by administrators, and the authority check other services ask
 * before a member of staff accepts, reviews, approves or supervises a case (IDN-3).
 */
@Service
public class StaffService {

    static final String CHECK = "staff";

    private final StaffPositions positions;
    private final DivisionTree divisions;
    private final CheckCache cache;
    private final AuditLog audit;
    private final Clock clock;
    private final Timer checkTimer;

    public StaffService(StaffPositions positions, DivisionTree divisions, CheckCache cache, AuditLog audit, Clock clock,
            MeterRegistry meters) {
        this.positions = positions;
        this.divisions = divisions;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
        this.checkTimer = Timer.builder("identity.use-case").tag("use-case", "staff-check").register(meters);
    }

    public StaffPosition assign(String admin, String staff, DepartmentCode department, DivisionCode division,
            Set<StaffRole> roles) {
        if (!divisions.contains(division)) {
            throw PlatformException.invalid("division", "UNKNOWN_DIVISION", Message.of(
                    "该行政区划不存在。", "No division has that code."));
        }
        StaffPosition position = new StaffPosition(UUID.randomUUID().toString(), staff, department, division, roles,
                clock.instant());
        positions.add(position);
        cache.invalidate(CHECK, staff);
        audit.record(admin, "STAFF_POSITION_ASSIGNED", "staff-position", position.id(), List.of(staff),
                Map.of("department", department.value(), "division", division.value(),
                        "roles", roles.stream().map(StaffRole::code).sorted().collect(Collectors.joining(","))));
        return position;
    }

    public StaffPosition withdraw(String admin, String id) {
        StaffPosition position = positions.byId(id).orElseThrow(() -> PlatformException.notFound(
                "POSITION_NOT_FOUND", Message.of("未找到该岗位。", "No such staff position.")));
        positions.remove(id);
        cache.invalidate(CHECK, position.staff());
        audit.record(admin, "STAFF_POSITION_WITHDRAWN", "staff-position", id, List.of(position.staff()),
                Map.of("department", position.department().value(), "division", position.division().value()));
        return position;
    }

    public List<StaffPosition> heldBy(String staff) {
        return positions.heldBy(staff);
    }

    public List<StaffPosition> all() {
        return positions.all();
    }

    /**
     * Who holds {@code role} for {@code division}: every position with the role whose division is the
     * division or one above it (authority reaches down, never sideways), in {@code department} when one
     * is named (a supervisor is sought in any department). Whom deadline warnings reach (issue 17).
     */
    public List<String> holders(StaffRole role, @Nullable DepartmentCode department, DivisionCode division) {
        return positions.all().stream()
                .filter(p -> p.roles().contains(role))
                .filter(p -> department == null || p.department().equals(department))
                .filter(p -> divisions.isWithin(division, p.division()))
                .map(StaffPosition::staff).distinct().sorted().toList();
    }

    public StaffDecision check(StaffRequest request) {
        return checkTimer.record(() -> cache.get(CHECK, request.staff(),
                request.role().code() + "|" + request.department().value() + "|" + request.division().value(),
                StaffDecision.class,
                () -> new CheckCache.Answer<>(StaffDecision.decide(positions.heldBy(request.staff()), request, divisions),
                        Duration.ofDays(1))));
    }
}

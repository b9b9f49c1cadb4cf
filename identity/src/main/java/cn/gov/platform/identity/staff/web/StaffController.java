package cn.gov.platform.identity.staff.web;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.identity.staff.application.StaffService;
import cn.gov.platform.identity.staff.domain.DepartmentCode;
import cn.gov.platform.identity.staff.domain.StaffDecision;
import cn.gov.platform.identity.staff.domain.StaffPosition;
import cn.gov.platform.identity.staff.domain.StaffRequest;
import cn.gov.platform.identity.staff.domain.StaffRole;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff positions (administrators only) and the internal authority check (IDN-3). */
@RestController
class StaffController {

    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    @PostMapping("/api/identity/admin/staff-positions")
    @PreAuthorize("hasRole('admin')")
    @ResponseStatus(HttpStatus.CREATED)
    PositionView assign(@AuthenticationPrincipal Jwt jwt, @RequestBody PositionRequest request) {
        if (request.staff() == null || request.staff().isBlank()) {
            throw PlatformException.invalid("staff", "REQUIRED", Message.of("请指定工作人员。", "Name the member of staff."));
        }
        Set<StaffRole> roles = request.roles() == null ? Set.of()
                : request.roles().stream().map(r -> StaffRole.parse(r, "roles")).collect(Collectors.toSet());
        return PositionView.of(staff.assign(jwt.getSubject(), request.staff(), new DepartmentCode(request.department()),
                DivisionCode.parse(request.division(), "division"), roles));
    }

    @GetMapping("/api/identity/admin/staff-positions")
    @PreAuthorize("hasRole('admin')")
    List<PositionView> all(@RequestParam(required = false) @Nullable String staffSubject) {
        return (staffSubject == null ? staff.all() : staff.heldBy(staffSubject)).stream().map(PositionView::of).toList();
    }

    @DeleteMapping("/api/identity/admin/staff-positions/{id}")
    @PreAuthorize("hasRole('admin')")
    PositionView withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return PositionView.of(staff.withdraw(jwt.getSubject(), id));
    }

    @GetMapping("/api/identity/internal/staff/check")
    CheckAnswer check(@RequestParam("staff") String subject, @RequestParam String role, @RequestParam String department,
            @RequestParam String division) {
        StaffDecision decision = staff.check(new StaffRequest(subject, StaffRole.parse(role, "role"),
                new DepartmentCode(department), DivisionCode.parse(division, "division")));
        return new CheckAnswer(decision.allowed(), decision.reason().name());
    }

    /**
     * Internal (realm role {@code service}, as every {@code /internal/} path): the members of staff who
     * hold {@code role} for {@code division}, in {@code department} when named. Subjects only.
     */
    @GetMapping("/api/identity/internal/staff/holders")
    Holders holders(@RequestParam String role, @RequestParam(required = false) @Nullable String department,
            @RequestParam String division) {
        return new Holders(staff.holders(StaffRole.parse(role, "role"),
                department == null || department.isBlank() ? null : new DepartmentCode(department),
                DivisionCode.parse(division, "division")));
    }

    record Holders(List<String> staff) {
    }

    record PositionRequest(@Nullable String staff, @Nullable String department, @Nullable String division,
            @Nullable List<String> roles) {
    }

    record CheckAnswer(boolean allowed, String reason) {
    }

    record PositionView(String id, String staff, String department, String division, List<String> roles, Instant since) {
        static PositionView of(StaffPosition p) {
            return new PositionView(p.id(), p.staff(), p.department().value(), p.division().value(),
                    p.roles().stream().map(StaffRole::code).sorted().toList(), p.since());
        }
    }
}

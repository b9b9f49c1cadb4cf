package cn.gov.platform.credit.classes.web;

import cn.gov.platform.credit.classes.domain.ClassRules;
import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import cn.gov.platform.kernel.DomainViolation;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enterprise credit classes for supervisors (role {@code supervisor}, or admin); anyone else gets 404. */
@RestController
@Validated
class ClassController {

    private final EntriesInForce index;
    private final MeasureCatalogue catalogue;
    private final Clock clock;

    ClassController(EntriesInForce index, MeasureCatalogue catalogue, Clock clock) {
        this.index = index;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    record ClassView(String creditCode, String creditClass, List<String> reasons) {
    }

    @GetMapping("/api/credit/classes/{creditCode}")
    ClassView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode) {
        requireSupervisor(jwt);
        SubjectKey key = SubjectKey.legalPerson(new UnifiedSocialCreditCode(creditCode.toUpperCase(java.util.Locale.ROOT)));
        ClassRules.Classification c = ClassRules.classify(index.of(key.value()), index.penaltyDaysOf(key.value()), today(),
                catalogue);
        return new ClassView(key.creditCode(), c.creditClass().name(), c.reasons());
    }

    /** Enterprises with records in class {@code creditClass} (B: only those with records), at most 500. */
    @GetMapping("/api/credit/classes")
    List<ClassView> byClass(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(name = "class") @Pattern(regexp = "[ABCD]", message = "class 只能是 A、B、C、D | class must be A, B, C or D") String creditClass) {
        requireSupervisor(jwt);
        long today = today();
        List<ClassView> found = new ArrayList<>();
        index.forEach((key, entries) -> {
            if (found.size() < 500 && key.startsWith("L:")) {
                ClassRules.Classification c = ClassRules.classify(entries, index.penaltyDaysOf(key), today, catalogue);
                if (c.creditClass().name().equals(creditClass)) {
                    found.add(new ClassView(key.substring(2), c.creditClass().name(), c.reasons()));
                }
            }
        });
        return found;
    }

    private static void requireSupervisor(Jwt jwt) {
        if (!Actors.of(jwt).isSupervisor()) {
            throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
        }
    }

    private long today() {
        return ChinaTime.today(clock).toEpochDay();
    }
}

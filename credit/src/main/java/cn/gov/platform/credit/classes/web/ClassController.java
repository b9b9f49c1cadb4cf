package cn.gov.platform.credit.classes.web;

import cn.gov.platform.credit.classes.domain.ClassRules;
import cn.gov.platform.credit.common.domain.Actor;
import cn.gov.platform.credit.common.web.Actors;
import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.subjects.domain.CreditSubject;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.credit.subjects.domain.SubjectKind;
import cn.gov.platform.credit.subjects.web.OwnSubjects;
import cn.gov.platform.support.acting.ActingFor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private final Actors actors;
    private final EntriesInForce index;
    private final MeasureCatalogue catalogue;
    private final Clock clock;

    private final OwnSubjects own;

    ClassController(EntriesInForce index, MeasureCatalogue catalogue, Clock clock, Actors actors, OwnSubjects own) {
        this.own = own;
        this.index = index;
        this.catalogue = catalogue;
        this.clock = clock;
        this.actors = actors;
    }

    record ClassView(String creditCode, String creditClass, List<String> reasons) {
    }

    @GetMapping("/api/credit/classes/{creditCode}")
    ClassView one(@AuthenticationPrincipal Jwt jwt, @PathVariable String creditCode) {
        Actor supervisor = requireSupervisor(jwt);
        SubjectKey key = SubjectKey.legalPerson(new UnifiedSocialCreditCode(creditCode.toUpperCase(java.util.Locale.ROOT)));
        if (!supervisor.supervises(ClassRules.registeredIn(key.creditCode()))) {
            // An enterprise registered outside the supervisor's subtree is not theirs to see.
            throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
        }
        ClassRules.Classification c = ClassRules.classify(index.of(key.value()), index.penaltyDaysOf(key.value()), today(),
                catalogue);
        return new ClassView(key.creditCode(), c.creditClass().name(), c.reasons());
    }

    /**
     * The enterprise's own credit class (CRE-5), for its members acting for it ({@code X-Acting-For}) or
     * its legal representative; a person has no class (404 NO_CREDIT_CLASS).
     */
    @GetMapping("/api/credit/me/class")
    ClassView mine(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = ActingFor.HEADER, required = false) @Nullable String actingFor) {
        SubjectKey key = own.reading(jwt, actingFor).map(CreditSubject::key)
                .filter(k -> k.kind() == SubjectKind.LEGAL_PERSON)
                .orElseThrow(() -> DomainViolation.notFound("NO_CREDIT_CLASS", "信用分类只适用于企业等法人。",
                        "Credit classes apply to enterprises and other legal persons only."));
        ClassRules.Classification c = ClassRules.classify(index.of(key.value()), index.penaltyDaysOf(key.value()), today(),
                catalogue);
        return new ClassView(key.creditCode(), c.creditClass().name(), c.reasons());
    }

    /** Enterprises with records in class {@code creditClass} (B: only those with records), at most 500. */
    @GetMapping("/api/credit/classes")
    List<ClassView> byClass(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(name = "class") @Pattern(regexp = "[ABCD]", message = "class 只能是 A、B、C、D | class must be A, B, C or D") String creditClass) {
        Actor supervisor = requireSupervisor(jwt);
        long today = today();
        List<ClassView> found = new ArrayList<>();
        index.forEach((key, entries) -> {
            if (found.size() < 500 && key.startsWith("L:")
                    && supervisor.supervises(ClassRules.registeredIn(key.substring(2)))) {
                ClassRules.Classification c = ClassRules.classify(entries, index.penaltyDaysOf(key), today, catalogue);
                if (c.creditClass().name().equals(creditClass)) {
                    found.add(new ClassView(key.substring(2), c.creditClass().name(), c.reasons()));
                }
            }
        });
        return found;
    }

    private Actor requireSupervisor(Jwt jwt) {
        Actor actor = actors.of(jwt);
        if (!actor.isSupervisor()) {
            throw DomainViolation.notFound("NOT_FOUND", "未找到。", "Not found.");
        }
        return actor;
    }

    private long today() {
        return ChinaTime.today(clock).toEpochDay();
    }
}

package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of acceptance, applied together: every refusal is reported at once, in the spirit of
 * the one-time notice, rather than one per attempt.
 */
public final class AcceptancePolicy {

    private final List<AcceptanceRule> rules;

    public AcceptancePolicy(List<AcceptanceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of INT-2 and INT-4 as the seeds state them. */
    public static AcceptancePolicy standard() {
        return new AcceptancePolicy(List.of(new CreditMeasureRefuses(), new EveryMissingMaterialIsTolerated(),
                new ToleratedMaterialsAreMissing(), new OnlyNonEssentialMaterialsAreTolerated(),
                new CreditMeasureForbidsTolerance(), new ToleranceDueWithinPromisedLimit()));
    }

    void enforce(AcceptanceCheck check) {
        List<RuleResult> refused = rules.stream().map(r -> r.check(check)).filter(r -> !r.allowed()).toList();
        if (refused.isEmpty()) {
            return;
        }
        RuleResult first = refused.getFirst();
        throw new DomainViolation(DomainViolation.Kind.RULE, first.code(), Message.of(first.zh(), first.en()),
                first.field(), refused.stream().map(r -> new DomainViolation.Fault(r.field(), r.code(),
                        Message.of(r.zh(), r.en()))).toList());
    }

    private static Set<String> toleratedCodes(AcceptanceCheck check) {
        return check.tolerated().stream().map(ToleratedMaterial::materialCode).collect(Collectors.toSet());
    }

    /** Nothing may be missing unless the handler tolerates it. */
    static final class EveryMissingMaterialIsTolerated implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            Set<String> tolerated = toleratedCodes(check);
            List<RequiredMaterial> missing = check.required().stream()
                    .filter(m -> !check.present().contains(m.code()) && !tolerated.contains(m.code())).toList();
            return missing.isEmpty() ? RuleResult.pass()
                    : RuleResult.refused("MATERIALS_MISSING",
                            "材料不齐，不能受理：缺少" + names(missing, RequiredMaterial::name, "、")
                                    + "。请一次性告知补正，或书面不予受理。",
                            "Materials are missing (" + names(missing, RequiredMaterial::englishName, ", ")
                                    + "); request them in one notice or refuse in writing.", "materials");
        }
    }

    private static String names(List<RequiredMaterial> materials, Function<RequiredMaterial, String> name,
            String separator) {
        return materials.stream().map(name).collect(Collectors.joining(separator));
    }

    /** Only a material that is actually missing, and required, can be tolerated. */
    static final class ToleratedMaterialsAreMissing implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            for (ToleratedMaterial t : check.tolerated()) {
                Optional<RequiredMaterial> required = check.required().stream()
                        .filter(m -> m.code().equals(t.materialCode())).findFirst();
                if (required.isEmpty() || check.present().contains(t.materialCode())) {
                    // A material of the item by its name; a code the item does not have, as it was sent.
                    String zh = required.map(RequiredMaterial::name).orElse(t.materialCode());
                    String en = required.map(RequiredMaterial::englishName).orElse(t.materialCode());
                    return RuleResult.refused("TOLERANCE_NOT_APPLICABLE",
                            "材料“" + zh + "”并未缺少或不属于本事项，无需容缺。",
                            "Material \"" + en + "\" is not missing or not required; there is nothing to tolerate.",
                            "tolerated");
                }
            }
            return RuleResult.pass();
        }
    }

    /** 容缺 is for minor, non-essential materials only (INT-4). */
    static final class OnlyNonEssentialMaterialsAreTolerated implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            Set<String> tolerated = toleratedCodes(check);
            List<String> essential = check.required().stream()
                    .filter(m -> m.essential() && tolerated.contains(m.code())).map(RequiredMaterial::name).toList();
            return essential.isEmpty() ? RuleResult.pass()
                    : RuleResult.refused("ESSENTIAL_MATERIAL_NOT_TOLERABLE",
                            "主要材料不能容缺：" + String.join("、", essential) + "。",
                            "Essential materials cannot be tolerated: " + String.join(", ", essential) + ".",
                            "tolerated");
        }
    }

    /**
     * The tolerated material must come after today and no later than the promised deadline. A
     * red-list incentive TOLERANCE_ALLOWED (CRE-2) gives the applicant until the statutory deadline
     * instead; it never makes an essential material tolerable (INT-4 still holds).
     */
    static final class ToleranceDueWithinPromisedLimit implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            boolean incentive = check.credit("TOLERANCE_ALLOWED");
            java.time.LocalDate limit = incentive ? check.statutoryDue() : check.promisedDue();
            for (ToleratedMaterial t : check.tolerated()) {
                if (!t.dueBy().isAfter(check.today()) || t.dueBy().isAfter(limit)) {
                    return RuleResult.refused("TOLERANCE_DUE_DATE_INVALID",
                            "容缺材料的补交期限须在今天之后、" + (incentive ? "法定" : "承诺") + "办结日 " + limit + " 之前。",
                            "A tolerated material must be due after today and by the " + (incentive ? "statutory"
                                    : "promised") + " deadline " + limit + ".", "tolerated.dueBy");
                }
            }
            return RuleResult.pass();
        }
    }

    /** A black-list measure REFUSE for this item: the case cannot be accepted, only refused in writing citing it. */
    static final class CreditMeasureRefuses implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            if (check.credit() == null) {
                return RuleResult.pass();
            }
            return check.credit().measures().stream().filter(m -> m.kind().equals("REFUSE")).findFirst()
                    .map(m -> RuleResult.refused("CREDIT_RESTRICTION_REFUSES",
                            "申请人被列入失信名单，依据联合惩戒措施 " + m.measureId() + "（" + basis(m) + "）本事项不予受理；"
                                    + "请书面不予受理并告知理由。",
                            "The applicant is on a black list; joint measure " + m.measureId() + " (" + basis(m)
                                    + ") refuses this item. Refuse the case in writing, citing it.", "credit"))
                    .orElse(RuleResult.pass());
        }
    }

    /** A black-list measure NO_TOLERANCE: every material must be there; nothing is tolerated. */
    static final class CreditMeasureForbidsTolerance implements AcceptanceRule {
        @Override
        public RuleResult check(AcceptanceCheck check) {
            if (check.tolerated().isEmpty() || check.credit() == null) {
                return RuleResult.pass();
            }
            return check.credit().measures().stream().filter(m -> m.kind().equals("NO_TOLERANCE")).findFirst()
                    .map(m -> RuleResult.refused("CREDIT_NO_TOLERANCE",
                            "依据联合惩戒措施 " + m.measureId() + "（" + basis(m) + "），该申请人不适用容缺受理。",
                            "Joint measure " + m.measureId() + " (" + basis(m)
                                    + ") rules out tolerance acceptance for this applicant.", "tolerated"))
                    .orElse(RuleResult.pass());
        }
    }

    private static String basis(CreditRecord.Measure m) {
        return m.legalBasis() == null ? "-" : m.legalBasis();
    }
}

package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of a service item with everything CAT-1 requires the guide to publish. Versions
 * are immutable: a change makes a new version and a case keeps the one it was submitted under.
 *
 * @param decisionChain   the roles a decision passes through, in order (INT-9); immediate items
 *                        are decided by the handler alone
 * @param jointDepartments for joint items, the departments that approve in parallel, each with its limit (INT-5)
 * @param reportedTo      for items reported upward, the authority that decides
 * @param deemedConsent   joint items: a department silent past its limit is deemed to approve (超时默认)
 * @param deemedConsentBasis the rule or legal basis the deemed approval cites
 * @param reportedToDepartment for items reported upward, the department code of that authority at the
 *                        next higher division
 * @param nameEn          the item's name in English, absent in a version stored before English names (issue 20);
 *                        {@link #englishName()} is what a reader sees
 * @param english         the guide's other texts in English (conditions, procedure, result, ...), each absent in a
 *                        version stored before them; {@link #englishConditions()} and the like are what a reader sees
 */
public record ServiceItem(ItemCode code, int version, String name, ItemClass itemClass, List<String> lifeEvents,
        List<String> keywords, List<String> legalBasis, List<String> conditions, List<RequiredMaterial> materials,
        List<String> procedure, TimeLimits limits, String result, @Nullable String resultCertificateType,
        List<Fee> fees, List<Implementation> implementations, List<StaffRole> decisionChain,
        List<JointDepartment> jointDepartments, @Nullable String reportedTo, String supervision,
        boolean deemedConsent, @Nullable String deemedConsentBasis, @Nullable String reportedToDepartment,
        @Nullable FeeDue feeDue, @Nullable String nameEn, EnglishGuide english) {

    public ServiceItem {
        lifeEvents = List.copyOf(lifeEvents);
        keywords = List.copyOf(keywords);
        legalBasis = List.copyOf(legalBasis);
        conditions = List.copyOf(conditions);
        materials = List.copyOf(materials);
        procedure = List.copyOf(procedure);
        fees = List.copyOf(fees);
        implementations = List.copyOf(implementations);
        decisionChain = List.copyOf(decisionChain);
        jointDepartments = List.copyOf(jointDepartments);
        english = english == null ? EnglishGuide.NONE : english;
        if (version < 1) {
            throw DomainViolation.invalid("version", "INVALID_VERSION", "版本号从 1 开始。", "Versions start at 1.");
        }
        requireText(name, "name", "事项名称", "name");
        requireText(result, "result", "办理结果", "result");
        requireText(supervision, "supervision", "监督投诉渠道", "supervision and complaint channel");
        if (legalBasis.isEmpty()) {
            throw DomainViolation.invalid("legalBasis", "LEGAL_BASIS_REQUIRED",
                    "事项须公布设定依据。", "An item publishes its legal basis.");
        }
        if (implementations.isEmpty()) {
            throw DomainViolation.invalid("implementations", "IMPLEMENTATION_REQUIRED",
                    "事项须至少有一个实施机构。", "An item has at least one implementing department.");
        }
        Set<String> codes = new HashSet<>();
        for (RequiredMaterial m : materials) {
            if (!codes.add(m.code())) {
                throw DomainViolation.invalid("materials", "DUPLICATE_MATERIAL",
                        "材料编码重复：" + m.code() + "。", "Material code " + m.code() + " appears twice.");
            }
        }
        checkChain(itemClass, decisionChain, limits);
        english.checkAgainst(lifeEvents, keywords, legalBasis, conditions, procedure);
        if (itemClass == ItemClass.JOINT && jointDepartments.isEmpty()) {
            throw DomainViolation.invalid("jointDepartments", "JOINT_DEPARTMENTS_REQUIRED",
                    "联办件须列明联办部门。", "A joint item names the departments that approve in parallel.");
        }
        if (jointDepartments.stream().map(JointDepartment::department).distinct().count() != jointDepartments.size()) {
            throw DomainViolation.invalid("jointDepartments", "DUPLICATE_JOINT_DEPARTMENT",
                    "联办部门重复。", "A joint department appears twice.");
        }
        if (jointDepartments.stream().anyMatch(j -> j.limit().compareTo(limits.promised()) > 0)) {
            throw DomainViolation.invalid("jointDepartments.days", "JOINT_LIMIT_EXCEEDS_PROMISED",
                    "联办部门的时限不得超过事项的承诺时限。",
                    "A joint department's limit may not exceed the item's promised limit.");
        }
        if (deemedConsent && (itemClass != ItemClass.JOINT || deemedConsentBasis == null
                || deemedConsentBasis.isBlank())) {
            throw DomainViolation.invalid("deemedConsentBasis", "DEEMED_CONSENT_BASIS_REQUIRED",
                    "超时默认只适用于联办件，且须写明依据。",
                    "Deemed consent applies to joint items only and cites its basis.");
        }
        if (feeDue != null && fees.stream().allMatch(f -> f.amountYuan().signum() == 0)) {
            throw DomainViolation.invalid("feeDue", "FEE_POINT_WITHOUT_FEE", "不收费的事项没有缴费环节。",
                    "A free item has no point at which a fee falls due.");
        }
        if (itemClass == ItemClass.REPORTED_UPWARD && (reportedTo == null || reportedTo.isBlank())) {
            throw DomainViolation.invalid("reportedTo", "REPORTED_TO_REQUIRED",
                    "上报件须写明上报机关。", "An item reported upward names the authority that decides.");
        }
    }

    private static void checkChain(ItemClass itemClass, List<StaffRole> chain, TimeLimits limits) {
        if (chain.isEmpty() || chain.getFirst() != StaffRole.HANDLER || Set.copyOf(chain).size() != chain.size()
                || !isOrdered(chain)) {
            throw DomainViolation.invalid("decisionChain", "INVALID_DECISION_CHAIN",
                    "审批链须以承办人开始，按承办、审核、批准的顺序，且不重复。",
                    "A decision chain starts with the handler and follows handler, reviewer, approver without repeats.");
        }
        if (itemClass == ItemClass.IMMEDIATE && (chain.size() != 1 || limits.promised().value() != 0)) {
            throw DomainViolation.invalid("decisionChain", "IMMEDIATE_IS_ONE_STEP",
                    "即办件由承办人当场办结，承诺时限为 0 个工作日。",
                    "An immediate item is decided by the handler at the window, promised in 0 working days.");
        }
    }

    private static boolean isOrdered(List<StaffRole> chain) {
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i).ordinal() <= chain.get(i - 1).ordinal()) {
                return false;
            }
        }
        return true;
    }

    /** The item's name for an English reader: its English name, else its Chinese one. */
    public String englishName() {
        return englishOr(nameEn, name);
    }

    /** The conditions for an English reader: their English text, else the Chinese (a version stored before it). */
    public List<String> englishConditions() {
        return EnglishGuide.or(english.conditions(), conditions);
    }

    public List<String> englishProcedure() {
        return EnglishGuide.or(english.procedure(), procedure);
    }

    public List<String> englishLegalBasis() {
        return EnglishGuide.or(english.legalBasis(), legalBasis);
    }

    public List<String> englishLifeEvents() {
        return EnglishGuide.or(english.lifeEvents(), lifeEvents);
    }

    public List<String> englishKeywords() {
        return EnglishGuide.or(english.keywords(), keywords);
    }

    public String englishResult() {
        return englishOr(english.result(), result);
    }

    public String englishSupervision() {
        return englishOr(english.supervision(), supervision);
    }

    /**
     * The deemed-consent basis for a Chinese reader; none where the item cites none. A case copies
     * {@link #deemedConsentBasis} as it stands and cites it for a deemed approval, so the seed writes it as one
     * citation "中文 | English" that reads in either language on the case: the guide shows its Chinese half.
     */
    public @Nullable String chineseDeemedConsentBasis() {
        if (deemedConsentBasis == null) {
            return null;
        }
        int bar = deemedConsentBasis.indexOf(" | ");
        return bar < 0 ? deemedConsentBasis : deemedConsentBasis.substring(0, bar).strip();
    }

    /**
     * The deemed-consent basis for an English reader: {@code deemedConsentBasisEn} where given, else the citation's
     * English half, else the Chinese; none where the item cites none.
     */
    public @Nullable String englishDeemedConsentBasis() {
        if (deemedConsentBasis == null) {
            return null;
        }
        int bar = deemedConsentBasis.indexOf(" | ");
        String cited = bar < 0 ? deemedConsentBasis : deemedConsentBasis.substring(bar + 3).strip();
        return englishOr(english.deemedConsentBasis(), cited);
    }

    /**
     * The English name, or the Chinese one where a release stored none (an item, material, department or division
     * named before issue 20): never null, so an English reader sees the name as it was published.
     */
    public static String englishOr(@Nullable String english, String chinese) {
        return english == null || english.isBlank() ? chinese : english;
    }

    private static void requireText(@Nullable String value, String field, String zh, String en) {
        if (value == null || value.isBlank()) {
            throw DomainViolation.invalid(field, "FIELD_REQUIRED", zh + "不能为空。", "The " + en + " is required.");
        }
    }

    /** The same item under a new version number, for the administrators' changes. */
    public ServiceItem asVersion(int newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /**
     * The one way to build an item field by field. What an item may leave out defaults to what a version stored before
     * the field existed reads as: version 1, empty lists, no deemed consent, no upward department, the fee due at
     * acceptance, no English. The rules stay in the canonical constructor, which {@link Builder#build()} calls.
     */
    public static Builder builder(ItemCode code, String name, ItemClass itemClass) {
        return new Builder(code, name, itemClass);
    }

    /** A builder holding this item's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(code, name, itemClass).version(version).lifeEvents(lifeEvents).keywords(keywords)
                .legalBasis(legalBasis).conditions(conditions).materials(materials).procedure(procedure).limits(limits)
                .result(result).resultCertificateType(resultCertificateType).fees(fees)
                .implementations(implementations).decisionChain(decisionChain).jointDepartments(jointDepartments)
                .reportedTo(reportedTo).supervision(supervision).deemedConsent(deemedConsent, deemedConsentBasis)
                .reportedToDepartment(reportedToDepartment).feeDue(feeDue).nameEn(nameEn).english(english);
    }

    /** Builds a {@link ServiceItem}; see {@link ServiceItem#builder}. */
    public static final class Builder {
        private final ItemCode code;
        private final String name;
        private final ItemClass itemClass;
        private int version = 1;
        private List<String> lifeEvents = List.of();
        private List<String> keywords = List.of();
        private List<String> legalBasis = List.of();
        private List<String> conditions = List.of();
        private List<RequiredMaterial> materials = List.of();
        private List<String> procedure = List.of();
        private @Nullable TimeLimits limits;
        private @Nullable String result;
        private @Nullable String resultCertificateType;
        private List<Fee> fees = List.of();
        private List<Implementation> implementations = List.of();
        private List<StaffRole> decisionChain = List.of();
        private List<JointDepartment> jointDepartments = List.of();
        private @Nullable String reportedTo;
        private @Nullable String supervision;
        private boolean deemedConsent;
        private @Nullable String deemedConsentBasis;
        private @Nullable String reportedToDepartment;
        private @Nullable FeeDue feeDue;
        private @Nullable String nameEn;
        private EnglishGuide english = EnglishGuide.NONE;

        private Builder(ItemCode code, String name, ItemClass itemClass) {
            this.code = code;
            this.name = name;
            this.itemClass = itemClass;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder lifeEvents(List<String> lifeEvents) {
            this.lifeEvents = lifeEvents;
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder legalBasis(List<String> legalBasis) {
            this.legalBasis = legalBasis;
            return this;
        }

        public Builder conditions(List<String> conditions) {
            this.conditions = conditions;
            return this;
        }

        public Builder materials(List<RequiredMaterial> materials) {
            this.materials = materials;
            return this;
        }

        public Builder procedure(List<String> procedure) {
            this.procedure = procedure;
            return this;
        }

        public Builder limits(TimeLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder result(String result) {
            this.result = result;
            return this;
        }

        public Builder resultCertificateType(@Nullable String resultCertificateType) {
            this.resultCertificateType = resultCertificateType;
            return this;
        }

        public Builder fees(List<Fee> fees) {
            this.fees = fees;
            return this;
        }

        public Builder implementations(List<Implementation> implementations) {
            this.implementations = implementations;
            return this;
        }

        public Builder decisionChain(List<StaffRole> decisionChain) {
            this.decisionChain = decisionChain;
            return this;
        }

        public Builder jointDepartments(List<JointDepartment> jointDepartments) {
            this.jointDepartments = jointDepartments;
            return this;
        }

        public Builder reportedTo(@Nullable String reportedTo) {
            this.reportedTo = reportedTo;
            return this;
        }

        public Builder supervision(String supervision) {
            this.supervision = supervision;
            return this;
        }

        /** Whether a silent joint department is deemed to approve, and the basis it cites (none where it is not). */
        public Builder deemedConsent(boolean deemedConsent, @Nullable String deemedConsentBasis) {
            this.deemedConsent = deemedConsent;
            this.deemedConsentBasis = deemedConsentBasis;
            return this;
        }

        public Builder reportedToDepartment(@Nullable String reportedToDepartment) {
            this.reportedToDepartment = reportedToDepartment;
            return this;
        }

        public Builder feeDue(@Nullable FeeDue feeDue) {
            this.feeDue = feeDue;
            return this;
        }

        public Builder nameEn(@Nullable String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder english(EnglishGuide english) {
            this.english = english;
            return this;
        }

        /** The item, checked by the canonical constructor (a missing name, result or supervision is refused there). */
        public ServiceItem build() {
            return new ServiceItem(code, version, name, itemClass, lifeEvents, keywords, legalBasis, conditions,
                    materials, procedure, Objects.requireNonNull(limits, "limits"), result,
                    resultCertificateType, fees, implementations, decisionChain, jointDepartments, reportedTo,
                    supervision, deemedConsent, deemedConsentBasis, reportedToDepartment, feeDue, nameEn, english);
        }
    }

    /**
     * The implementation that handles a request received at {@code division} (and, when given,
     * by {@code department}); empty when the request must be routed elsewhere (INT-7).
     */
    public Optional<Implementation> implementationAt(DivisionCode division, @Nullable String department) {
        return implementations.stream()
                .filter(i -> i.isAt(division))
                .filter(i -> department == null || i.department().equals(department))
                .findFirst();
    }

    public Optional<RequiredMaterial> material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }

    /** When the fee falls due: empty for a free item, else the item's point (acceptance unless it says decision). */
    public java.util.Optional<FeeDue> feePoint() {
        return isFree() ? java.util.Optional.empty() : java.util.Optional.of(feeDue == null ? FeeDue.ACCEPTANCE : feeDue);
    }

    public boolean isFree() {
        return fees.stream().allMatch(f -> f.amountYuan().signum() == 0);
    }
}

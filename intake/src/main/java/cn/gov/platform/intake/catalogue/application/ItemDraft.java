package cn.gov.platform.intake.catalogue.application;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.EnglishGuide;
import cn.gov.platform.intake.catalogue.domain.FeeDue;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.WorkingDays;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item as an administrator writes it (and as the seed file holds it): plain values that
 * {@link #toItem} turns into a {@link ServiceItem}, where every domain rule is checked. Fees are
 * named by their code in the fee catalogue; anything else is refused. The English texts ({@code nameEn},
 * {@code conditionsEn}, ...) are optional: one left out reads as the Chinese; a list given translates the Chinese
 * one item for item.
 */
public record ItemDraft(
        @NotBlank(message = "请填写事项编码 | the item code is required") String code,
        @NotBlank(message = "请填写事项名称 | the name is required") @Size(max = 200) String name,
        @NotNull(message = "请选择办件类型 | choose the item class") ItemClass itemClass,
        @Nullable List<String> lifeEvents,
        @Nullable List<String> keywords,
        @Nullable List<String> legalBasis,
        @Nullable List<String> conditions,
        @Nullable @Valid List<MaterialDraft> materials,
        @Nullable List<String> procedure,
        @NotNull(message = "请填写法定时限 | the statutory limit is required") Integer statutoryDays,
        @NotNull(message = "请填写承诺时限 | the promised limit is required") Integer promisedDays,
        @Nullable String result,
        @Nullable String resultCertificateType,
        @Nullable List<String> fees,
        @Nullable @Valid List<ImplementationDraft> implementations,
        @Nullable List<StaffRole> decisionChain,
        @Nullable @Valid List<JointDepartmentDraft> jointDepartments,
        @Nullable String reportedTo,
        @Nullable String supervision,
        @Nullable Boolean deemedConsent,
        @Nullable String deemedConsentBasis,
        @Nullable String reportedToDepartment,
        @Nullable Integer acceptanceDays,
        @Nullable FeeDue feeDue,
        @Nullable @Size(max = 300) String nameEn,
        @Nullable List<String> lifeEventsEn,
        @Nullable List<String> keywordsEn,
        @Nullable List<String> legalBasisEn,
        @Nullable List<String> conditionsEn,
        @Nullable List<String> procedureEn,
        @Nullable String resultEn,
        @Nullable String supervisionEn,
        @Nullable String deemedConsentBasisEn) {

    /** A department approving a joint item in parallel, with its limit in working days. */
    public record JointDepartmentDraft(@Nullable String department, @Nullable String departmentName,
            @Nullable Integer days, @Nullable String departmentNameEn) {
    }

    /** A required material as written in the draft; {@code essential} defaults to true. */
    public record MaterialDraft(@Nullable String code, @Nullable String name, @Nullable Boolean essential,
            @Nullable String certificateType, @Nullable String departmentRecord, @Nullable String sampleForm,
            @Nullable String recordCode, @Nullable String recordDepartment, @Nullable String recordDepartmentName,
            @Nullable String nameEn, @Nullable String recordDepartmentNameEn, @Nullable String departmentRecordEn) {
    }

    /** Where the item is handled, as written in the draft. */
    public record ImplementationDraft(@Nullable String division, @Nullable String divisionName,
            @Nullable String department, @Nullable String departmentName, @Nullable String address,
            @Nullable String contact, @Nullable Boolean delegated, @Nullable String divisionNameEn,
            @Nullable String departmentNameEn, @Nullable String addressEn) {
    }

    public ServiceItem toItem(int version, FeeCatalogue feeCatalogue) {
        return ServiceItem.builder(ItemCode.of(code), name, itemClass)
                .version(version)
                .lifeEvents(list(lifeEvents))
                .keywords(list(keywords))
                .legalBasis(list(legalBasis))
                .conditions(list(conditions))
                .materials(list(materials).stream().map(m -> new RequiredMaterial(m.code(), m.name(),
                        // A material is essential unless the catalogue says it may be tolerated.
                        !Boolean.FALSE.equals(m.essential()),
                        m.certificateType(), m.departmentRecord(), m.sampleForm(), m.recordCode(),
                        m.recordDepartment(), m.recordDepartmentName(), optional(m.nameEn()),
                        optional(m.recordDepartmentNameEn()), optional(m.departmentRecordEn()))).toList())
                .procedure(list(procedure))
                .limits(TimeLimits.of(statutoryDays, promisedDays, acceptanceDays))
                .result(text(result))
                .resultCertificateType(resultCertificateType)
                .fees(feeCatalogue.resolve(list(fees)))
                .implementations(list(implementations).stream().map(i -> new Implementation(
                        DivisionCode.of(text(i.division())), text(i.divisionName()), text(i.department()),
                        text(i.departmentName()), text(i.address()), text(i.contact()),
                        Boolean.TRUE.equals(i.delegated()), optional(i.divisionNameEn()),
                        optional(i.departmentNameEn()), optional(i.addressEn()))).toList())
                .decisionChain(list(decisionChain))
                .jointDepartments(list(jointDepartments).stream().map(j -> new JointDepartment(
                        text(j.department()), text(j.departmentName()),
                        WorkingDays.of(j.days() == null ? 0 : j.days()), optional(j.departmentNameEn()))).toList())
                .reportedTo(reportedTo)
                .supervision(text(supervision))
                .deemedConsent(Boolean.TRUE.equals(deemedConsent), deemedConsentBasis)
                .reportedToDepartment(reportedToDepartment)
                .feeDue(feeDue)
                .nameEn(optional(nameEn))
                .english(new EnglishGuide(optional(lifeEventsEn), optional(keywordsEn), optional(legalBasisEn),
                        optional(conditionsEn), optional(procedureEn), optional(resultEn), optional(supervisionEn),
                        optional(deemedConsentBasisEn)))
                .build();
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    /** An English name left out or blank is none: the Chinese name stands for it when read. */
    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An English list left out or empty is none: the Chinese list stands for it when read. */
    private static @Nullable List<String> optional(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(v -> v == null ? "" : v.strip()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}

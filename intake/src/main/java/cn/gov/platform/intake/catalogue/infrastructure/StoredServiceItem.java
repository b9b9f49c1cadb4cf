package cn.gov.platform.intake.catalogue.infrastructure;

import cn.gov.platform.intake.catalogue.domain.EnglishGuide;
import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemClass;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.JointDepartment;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.catalogue.domain.TimeLimits;
import cn.gov.platform.intake.catalogue.domain.WorkingDays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An item version as any release has stored it, read field for field under the names
 * {@link ServiceItem} writes. Fields were only added, except one change of shape, and each reads
 * with a default when a document predates it:
 * <ul>
 * <li>{@code feeDue} (issue 19): none, i.e. at acceptance for an item with a fee;
 * <li>{@code deemedConsent} (issue 8): false; {@code deemedConsentBasis}, {@code reportedToDepartment}: none;
 * <li>{@code jointDepartments} (issue 8 gave each a name and a limit): the first release stored
 *     department codes only; such a department reads with its code as name and the item's
 *     promised limit, which is what bound it then.
 * <li>{@code nameEn} and the English names of materials, departments and divisions (issue 20): none, and the
 *     domain's {@code englishName()} and the like answer the Chinese name, so an English reader of an old
 *     version sees the name as it was published, never nothing.
 * <li>{@code english} (issue 20: conditions, procedure, result, legal basis, supervision, life events, keywords and
 *     the deemed-consent basis in English), {@code addressEn} of a place, {@code departmentRecordEn} of a material:
 *     none, read the same way (the Chinese where the English goes);
 * <li>a fee's {@code name} was one string "不收费 | free of charge" until issue 20 gave it {@code nameEn}: such a
 *     fee reads as its two names apart ({@link Fee#fromOneString()}).
 * </ul>
 * Lists read as empty when absent. Writing stays with {@link ServiceItem} itself.
 */
record StoredServiceItem(ItemCode code, int version, String name, ItemClass itemClass,
        @Nullable List<String> lifeEvents, @Nullable List<String> keywords, @Nullable List<String> legalBasis,
        @Nullable List<String> conditions, @Nullable List<RequiredMaterial> materials,
        @Nullable List<String> procedure, TimeLimits limits, String result, @Nullable String resultCertificateType,
        @Nullable List<Fee> fees, @Nullable List<Implementation> implementations,
        @Nullable List<StaffRole> decisionChain, @Nullable List<Object> jointDepartments,
        @Nullable String reportedTo, String supervision, @Nullable Boolean deemedConsent,
        @Nullable String deemedConsentBasis, @Nullable String reportedToDepartment,
        cn.gov.platform.intake.catalogue.domain.@Nullable FeeDue feeDue, @Nullable String nameEn,
        @Nullable EnglishGuide english) {

    ServiceItem toItem() {
        return ServiceItem.builder(code, name, itemClass)
                .version(version)
                .lifeEvents(orNone(lifeEvents))
                .keywords(orNone(keywords))
                .legalBasis(orNone(legalBasis))
                .conditions(orNone(conditions))
                .materials(orNone(materials))
                .procedure(orNone(procedure))
                .limits(limits)
                .result(result)
                .resultCertificateType(resultCertificateType)
                .fees(orNone(fees).stream().map(Fee::fromOneString).toList())
                .implementations(orNone(implementations))
                .decisionChain(orNone(decisionChain))
                .jointDepartments(orNone(jointDepartments).stream().map(this::jointDepartment).toList())
                .reportedTo(reportedTo)
                .supervision(supervision)
                .deemedConsent(Boolean.TRUE.equals(deemedConsent), deemedConsentBasis)
                .reportedToDepartment(reportedToDepartment)
                .feeDue(feeDue)
                .nameEn(nameEn)
                .english(english == null ? EnglishGuide.NONE : english)
                .build();
    }

    private JointDepartment jointDepartment(Object stored) {
        if (stored instanceof String department) {
            return new JointDepartment(department, department, limits.promised());
        }
        if (stored instanceof JointDepartment department) {
            return department;
        }
        if (stored instanceof Map<?, ?> fields) {
            Object limit = fields.get("limit");
            int days = limit instanceof Map<?, ?> l && l.get("value") instanceof Number n ? n.intValue()
                    : limits.promised().value();
            String name = String.valueOf(fields.get("departmentName"));
            return new JointDepartment(String.valueOf(fields.get("department")), name, WorkingDays.of(days),
                    fields.get("departmentNameEn") instanceof String english ? english : null);
        }
        throw new IllegalStateException("A joint department stored as " + stored.getClass().getSimpleName()
                + " in item " + code.value() + "@" + version + " cannot be read.");
    }

    private static <T> List<T> orNone(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}

package cn.gov.platform.intake.catalogue.web;

import cn.gov.platform.intake.catalogue.domain.Fee;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The full guide of one item (办事指南) as the public reads it: every CAT-1 field. Every text comes in Chinese and,
 * beside it, English under the same name with {@code En} ({@code nameEn}, {@code conditionsEn}, {@code procedureEn},
 * {@code resultEn}, {@code legalBasisEn}, {@code supervisionEn}, {@code lifeEventsEn}, {@code keywordsEn}, a place's
 * {@code addressEn}, a material's {@code departmentRecordEn}, a fee's {@code nameEn} and {@code legalBasisEn}, ...):
 * never null (a list never null), the Chinese where the catalogue had no English.
 */
record ItemView(String code, int version, String name, String nameEn, String itemClass, String itemClassName,
        List<String> lifeEvents, List<String> keywords, List<String> legalBasis, List<String> conditions,
        List<MaterialView> materials, List<String> procedure, int statutoryDays, int promisedDays, String result,
        @Nullable String resultCertificateType, List<FeeView> fees, boolean free, List<PlaceView> handledAt,
        List<String> decisionChain, List<JointDepartmentView> jointDepartments, @Nullable String reportedTo,
        String supervision, boolean deemedConsent, @Nullable String deemedConsentBasis, int acceptanceDays,
        @Nullable String feeDue, List<String> lifeEventsEn, List<String> keywordsEn, List<String> legalBasisEn,
        List<String> conditionsEn, List<String> procedureEn, String resultEn, String supervisionEn,
        @Nullable String deemedConsentBasisEn) {

    /** A department approving in parallel, and its limit (INT-5). */
    record JointDepartmentView(String department, String departmentName, String departmentNameEn, int days) {
    }

    record MaterialView(String code, String name, boolean essential, @Nullable String certificateType,
            @Nullable String departmentRecord, @Nullable String sampleForm, boolean applicantNeedNotProvide,
            @Nullable String recordCode, @Nullable String recordDepartment, @Nullable String recordDepartmentName,
            String nameEn, @Nullable String recordDepartmentNameEn, @Nullable String departmentRecordEn) {

        static MaterialView of(RequiredMaterial m) {
            return new MaterialView(m.code(), m.name(), m.essential(), m.certificateType(), m.departmentRecord(),
                    m.sampleForm(), m.obtainableByGovernment(), m.recordCode(), m.recordDepartment(),
                    m.recordDepartmentName(), m.englishName(), m.recordDepartmentEnglishName(),
                    m.departmentRecordEnglish());
        }
    }

    /** A fee of the catalogue: its name and legal basis in Chinese and, beside them, English. */
    record FeeView(String code, String name, String nameEn, BigDecimal amountYuan, String legalBasis,
            String legalBasisEn) {

        static FeeView of(Fee f) {
            return new FeeView(f.code(), f.name(), f.englishName(), f.amountYuan(), f.legalBasis(),
                    f.englishLegalBasis());
        }
    }

    /** Where an item is handled, with what an applicant needs to get there (INT-7). */
    record PlaceView(String division, String divisionName, String divisionNameEn, String department,
            String departmentName, String departmentNameEn, String address, String contact, boolean delegated,
            String addressEn) {

        static PlaceView of(Implementation i) {
            return new PlaceView(i.division().value(), i.divisionName(), i.divisionEnglishName(), i.department(),
                    i.departmentName(), i.departmentEnglishName(), i.address(), i.contact(), i.delegated(),
                    i.englishAddress());
        }
    }

    /** A line of a search result. */
    record Summary(String code, int version, String name, String nameEn, String itemClass, int promisedDays,
            int statutoryDays, boolean free, List<String> lifeEvents, List<PlaceView> handledAt,
            List<String> lifeEventsEn) {

        static Summary of(ServiceItem item) {
            return new Summary(item.code().value(), item.version(), item.name(), item.englishName(), item.itemClass().name(),
                    item.limits().promised().value(), item.limits().statutory().value(), item.isFree(),
                    item.lifeEvents(), item.implementations().stream().map(PlaceView::of).toList(),
                    item.englishLifeEvents());
        }
    }

    static ItemView of(ServiceItem item) {
        return new ItemView(item.code().value(), item.version(), item.name(), item.englishName(), item.itemClass().name(),
                item.itemClass().chinese(), item.lifeEvents(), item.keywords(), item.legalBasis(), item.conditions(),
                item.materials().stream().map(MaterialView::of).toList(), item.procedure(),
                item.limits().statutory().value(), item.limits().promised().value(), item.result(),
                item.resultCertificateType(), item.fees().stream().map(FeeView::of).toList(), item.isFree(),
                item.implementations().stream().map(PlaceView::of).toList(),
                item.decisionChain().stream().map(Enum::name).toList(),
                item.jointDepartments().stream().map(j -> new JointDepartmentView(j.department(), j.departmentName(),
                        j.departmentEnglishName(), j.limit().value())).toList(), item.reportedTo(), item.supervision(), item.deemedConsent(),
                item.chineseDeemedConsentBasis(), item.limits().acceptance().value(),
                item.feePoint().map(Enum::name).orElse(null), item.englishLifeEvents(), item.englishKeywords(),
                item.englishLegalBasis(), item.englishConditions(), item.englishProcedure(), item.englishResult(),
                item.englishSupervision(), item.englishDeemedConsentBasis());
    }
}

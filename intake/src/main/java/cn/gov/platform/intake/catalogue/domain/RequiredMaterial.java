package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One material an item requires (CAT-1). When an e-certificate type or another department's
 * record can stand in for it, the applicant must not be asked for paper (CAT-3).
 *
 * @param code             stable within the item, e.g. {@code id-card}
 * @param name             as published in the guide
 * @param essential        false when the material may be tolerated at acceptance (容缺, INT-4)
 * @param certificateType  the e-certificate type that satisfies it, if any
 * @param departmentRecord the other department's record that satisfies it, if any
 * @param sampleForm       where the sample form is published, if there is one
 * @param recordCode       the stable code of that record at the data exchange (e.g. {@code real-estate-registration}),
 *                         set with {@code recordDepartment}: such a material is fetched, never demanded (CAT-3)
 * @param recordDepartment the department holding the record (its code)
 * @param recordDepartmentName that department's name, as the guide shows it
 * @param nameEn           the material's name in English, absent where stored before issue 20 (a case keeps the
 *                         materials it was filed under as they were stored: they are not given one on rewriting)
 * @param recordDepartmentNameEn that department's name in English, likewise
 * @param departmentRecordEn the department record's description in English, likewise
 */
public record RequiredMaterial(String code, String name, boolean essential, @Nullable String certificateType,
        @Nullable String departmentRecord, @Nullable String sampleForm, @Nullable String recordCode,
        @Nullable String recordDepartment, @Nullable String recordDepartmentName, @Nullable String nameEn,
        @Nullable String recordDepartmentNameEn, @Nullable String departmentRecordEn) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** A material named in English but with its department record described in Chinese only. */
    public RequiredMaterial(String code, String name, boolean essential, @Nullable String certificateType,
            @Nullable String departmentRecord, @Nullable String sampleForm, @Nullable String recordCode,
            @Nullable String recordDepartment, @Nullable String recordDepartmentName, @Nullable String nameEn,
            @Nullable String recordDepartmentNameEn) {
        this(code, name, essential, certificateType, departmentRecord, sampleForm, recordCode, recordDepartment,
                recordDepartmentName, nameEn, recordDepartmentNameEn, null);
    }

    /** A material named in Chinese only (the shape before issue 20). */
    public RequiredMaterial(String code, String name, boolean essential, @Nullable String certificateType,
            @Nullable String departmentRecord, @Nullable String sampleForm, @Nullable String recordCode,
            @Nullable String recordDepartment, @Nullable String recordDepartmentName) {
        this(code, name, essential, certificateType, departmentRecord, sampleForm, recordCode, recordDepartment,
                recordDepartmentName, null, null);
    }

    /** A material no other department's record stands in for by code (as stored before records were fetched). */
    public RequiredMaterial(String code, String name, boolean essential, @Nullable String certificateType,
            @Nullable String departmentRecord, @Nullable String sampleForm) {
        this(code, name, essential, certificateType, departmentRecord, sampleForm, null, null, null);
    }

    public RequiredMaterial {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainViolation.invalid("materials.code", "INVALID_MATERIAL_CODE",
                    "材料编码须为小写字母、数字和连字符。", "A material code is lower-case letters, digits and hyphens.");
        }
        if (name == null || name.isBlank()) {
            throw DomainViolation.invalid("materials.name", "MATERIAL_NAME_REQUIRED",
                    "每项材料都要有名称。", "Every material needs a name.");
        }
        if (recordCode != null && !CODE.matcher(recordCode).matches()) {
            throw DomainViolation.invalid("materials.recordCode", "INVALID_RECORD_CODE",
                    "部门记录编码须为小写字母、数字和连字符。", "A record code is lower-case letters, digits and hyphens.");
        }
        if ((recordCode == null) != (recordDepartment == null || recordDepartment.isBlank())) {
            throw DomainViolation.invalid("materials.recordDepartment", "RECORD_DEPARTMENT_REQUIRED",
                    "部门记录须同时写明记录编码和持有部门。",
                    "A department record names both its record code and the department holding it.");
        }
    }

    /** The material's name for an English reader: its English name, else its Chinese one. */
    public String englishName() {
        return ServiceItem.englishOr(nameEn, name);
    }

    /** The record's department for an English reader, none where the material names no department. */
    public @Nullable String recordDepartmentEnglishName() {
        return recordDepartmentName == null ? null : ServiceItem.englishOr(recordDepartmentNameEn, recordDepartmentName);
    }

    /** The department record for an English reader, none where the material names no record. */
    public @Nullable String departmentRecordEnglish() {
        return departmentRecord == null ? null : ServiceItem.englishOr(departmentRecordEn, departmentRecord);
    }

    /**
     * Whether the data exchange is asked for this material at submission (CAT-3): a record named by its
     * code and holding department. A record named only in words is shown but cannot be fetched.
     */
    public boolean fetchedFromDepartment() {
        return recordCode != null && recordDepartment != null;
    }

    /** Whether the government can obtain this material itself instead of asking for it (CAT-3). */
    public boolean obtainableByGovernment() {
        return certificateType != null || departmentRecord != null;
    }
}

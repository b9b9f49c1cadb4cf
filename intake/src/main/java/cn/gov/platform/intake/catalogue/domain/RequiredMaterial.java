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
 */
public record RequiredMaterial(String code, String name, boolean essential, @Nullable String certificateType,
        @Nullable String departmentRecord, @Nullable String sampleForm) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public RequiredMaterial {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainViolation.invalid("materials.code", "INVALID_MATERIAL_CODE",
                    "材料编码须为小写字母、数字和连字符。", "A material code is lower-case letters, digits and hyphens.");
        }
        if (name == null || name.isBlank()) {
            throw DomainViolation.invalid("materials.name", "MATERIAL_NAME_REQUIRED",
                    "每项材料都要有名称。", "Every material needs a name.");
        }
    }

    /** Whether the government can obtain this material itself instead of asking for it (CAT-3). */
    public boolean obtainableByGovernment() {
        return certificateType != null || departmentRecord != null;
    }
}

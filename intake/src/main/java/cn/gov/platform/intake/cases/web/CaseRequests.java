package cn.gov.platform.intake.cases.web;

import cn.gov.platform.intake.cases.domain.Defect;
import cn.gov.platform.intake.cases.domain.Delivery;
import cn.gov.platform.intake.cases.domain.ToleratedMaterial;
import cn.gov.platform.intake.cases.domain.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies the case API accepts; each validates its own shape, the aggregate the rest. */
final class CaseRequests {

    private CaseRequests() {
    }

    record FileBody(
            @NotBlank(message = "请选择事项 | choose an item") String itemCode,
            @NotBlank(message = "请填写受理地的行政区划 | give the division where you file")
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | a division code has 12 digits") String division,
            @Nullable String department,
            @Nullable String principalSubject,
            @Nullable @Valid @Size(max = 50) List<CertificateBody> certificates,
            @Nullable Boolean draft) {
    }

    record CertificateBody(
            @NotBlank(message = "请填写材料编码 | give the material code") String materialCode,
            @NotBlank(message = "请填写电子证照编号 | give the certificate number")
            @Size(max = 64, message = "证照编号不超过 64 个字符 | at most 64 characters") String certificateNumber) {
    }

    record CertificateNumberBody(
            @NotBlank(message = "请填写电子证照编号 | give the certificate number")
            @Size(max = 64, message = "证照编号不超过 64 个字符 | at most 64 characters") String certificateNumber) {
    }

    record ReasonBody(@NotBlank(message = "请说明理由 | give the reason") @Size(max = 2000) String reason) {
    }

    record AcceptBody(@Nullable @Valid List<ToleranceBody> tolerated) {

        List<ToleratedMaterial> toleratedMaterials() {
            return tolerated == null ? List.of()
                    : tolerated.stream().map(t -> new ToleratedMaterial(t.materialCode(), t.dueBy())).toList();
        }
    }

    record ToleranceBody(@NotBlank(message = "请填写容缺材料 | name the tolerated material") String materialCode,
            @NotNull(message = "请填写补交期限 | give the date it is due") LocalDate dueBy) {
    }

    record DefectBody(@NotBlank(message = "请填写材料编码 | give the material code") String materialCode,
            @Nullable @Size(max = 500, message = "不超过 500 字 | At most 500 characters") String explanation) {

        Defect toDefect() {
            return new Defect(materialCode, materialCode, Defect.Kind.DEFECTIVE, explanation == null ? "" : explanation);
        }
    }

    record RefuseBody(@NotBlank(message = "请书面说明不予受理的理由 | give the reasons in writing") @Size(max = 2000) String reason,
            @Nullable @Size(max = 500) String legalBasis, @Nullable @Valid List<DefectBody> defects) {

        List<Defect> defectList() {
            return defects == null ? List.of() : defects.stream().map(DefectBody::toDefect).toList();
        }
    }

    record SupplementBody(@NotBlank(message = "请说明补正要求 | explain what to supplement") @Size(max = 2000) String note,
            @Nullable @Valid List<DefectBody> defects) {

        List<Defect> defectList() {
            return defects == null ? List.of() : defects.stream().map(DefectBody::toDefect).toList();
        }
    }

    record ReportUpwardBody(
            @NotBlank(message = "请填写上级受理部门 | name the higher department") @Size(max = 64) String department,
            @NotBlank(message = "请说明上报理由 | give the reason") @Size(max = 2000) String reason) {
    }

    /** First-contact handover (INT-7): the place that handles the item, as the catalogue names it, and a note. */
    record HandOverBody(
            @NotBlank(message = "请选择接收的行政区划 | choose the division to hand the case to")
            @Pattern(regexp = "\\d{12}", message = "行政区划代码须为 12 位数字 | a division code has 12 digits") String division,
            @NotBlank(message = "请选择接收部门 | choose the department to hand the case to") @Size(max = 64)
            String department,
            @NotBlank(message = "请填写转交说明 | write a note for the receiving department") @Size(max = 2000)
            String note) {
    }

    record GreenChannelBody(
            @NotBlank(message = "请指定责任人 | name the responsible officer") @Size(max = 100) String responsibleOfficer,
            @NotBlank(message = "请说明理由（如重大项目名称）| give the reason, e.g. the major project") @Size(max = 2000)
            String reason) {
    }

    record DeliveryBody(
            @NotNull(message = "请选择送达方式：ELECTRONIC、WINDOW_PICKUP 或 COURIER | choose ELECTRONIC, WINDOW_PICKUP or COURIER")
            Delivery.Method method,
            @Nullable @Size(max = 300, message = "地址不超过 300 字 | at most 300 characters") String address,
            @Nullable @Size(max = 50, message = "快递公司不超过 50 字 | at most 50 characters") String courier,
            @Nullable @Size(max = 40, message = "运单号不超过 40 个字符 | at most 40 characters") String trackingNumber) {
    }

    record OpinionBody(@NotNull(message = "请选择意见 | choose APPROVE or REJECT") Verdict verdict,
            @NotBlank(message = "请填写意见和理由 | give your reasons") @Size(max = 2000) String reasons,
            @Nullable @Size(max = 500) String legalBasis) {
    }
}

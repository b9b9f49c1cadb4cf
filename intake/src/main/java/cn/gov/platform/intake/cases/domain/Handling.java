package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.DepartmentName;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who handles a case and how: the department that received it at its division; after a report
 * upward (上报件) the department of the next higher division, which then takes every further step
 * (the first still sees it); the green channel (绿色通道, INT-8) with the officer responsible; how
 * the result reaches the applicant (INT-12); and the first-contact handovers (首问负责, INT-7) that
 * moved a case not yet accepted to the department that handles it, oldest first.
 *
 * @param reportedToDepartmentName   the higher department's name as the catalogue gave it when the case was
 *                                   reported; none in a case reported before it was kept (then known by its code)
 * @param reportedToDepartmentNameEn its English name, where the catalogue gave one
 * @param greenChannelBasis MAJOR_PROJECT (validated by staff) or CREDIT:&lt;measureId&gt; (a credit incentive)
 */
public record Handling(String division, String department, String departmentName, @Nullable String reportedTo,
        @Nullable String reportedToDepartment, @Nullable String reportedToDepartmentName,
        @Nullable String reportedToDepartmentNameEn, boolean greenChannel, @Nullable String greenChannelBasis,
        @Nullable String responsibleOfficer, @Nullable Delivery delivery, List<Handover> handovers) {

    public Handling {
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
    }

    static Handling at(Implementation where) {
        return new Handling(where.division().value(), where.department(), where.departmentName(), null, null, null,
                null, false, null, null, null, List.of());
    }

    /**
     * Handed over at first contact (INT-7) to one of {@code places}, the implementations of the case's
     * item version: only a case still at the window (SUBMITTED: not accepted, so not reported upward
     * either), only to another place, and with a written note. The receiving department then holds it
     * as if it had received it; the one that handed it over no longer does.
     */
    Handling handedOver(CaseState state, List<Implementation> places, @Nullable String toDivision,
            @Nullable String toDepartment, String note, Actor by, Instant at, @Nullable String requestKey) {
        if (state != CaseState.SUBMITTED) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "只有已提交、尚未受理的办件可以转交。",
                    "Only a case submitted and not yet accepted can be handed over.");
        }
        if (reportedTo != null) {
            throw DomainViolation.conflict("ALREADY_REPORTED", "办件已上报，不能再转交。",
                    "The case has been reported upward; it cannot be handed over.");
        }
        Implementation to = places.stream()
                .filter(i -> i.division().value().equals(toDivision) && i.department().equals(toDepartment))
                .findFirst().orElseThrow(() -> DomainViolation.invalid("department", "HANDOVER_TARGET_UNKNOWN",
                        "该部门不办理本事项，请从本事项的实施机构中选择。",
                        "That department does not handle this item; choose one of the places that implement it."));
        if (isHandledBy(to.division().value(), to.department())) {
            throw DomainViolation.rule("HANDOVER_TO_SAME_DEPARTMENT", "办件已在本部门，请转交给办理本事项的其他部门。",
                    "The case is with this department already; hand it over to another one.", "department");
        }
        WrittenReasons.require(note, "note");
        List<Handover> all = new ArrayList<>(handovers);
        all.add(new Handover(division, department, departmentName, to.division().value(), to.divisionName(),
                to.department(), to.departmentName(), to.address(), to.contact(), note, by.subject(), by.name(), at,
                requestKey));
        return new Handling(to.division().value(), to.department(), to.departmentName(), null, null, null, null,
                greenChannel, greenChannelBasis, responsibleOfficer, delivery, all);
    }

    /** The handover that {@code subject}'s request with Idempotency-Key {@code key} made, if it made one. */
    public Optional<Handover> handoverRequested(String subject, String key) {
        return handovers.stream().filter(h -> h.wasRequestedWith(subject, key)).findFirst();
    }

    /** The latest handover, if the case was ever handed over. */
    public Optional<Handover> lastHandover() {
        return handovers.isEmpty() ? Optional.empty() : Optional.of(handovers.getLast());
    }

    /** Whether staff of {@code department} at {@code division} received this case (IDN-3). */
    public boolean isHandledBy(@Nullable String division, @Nullable String department) {
        return this.division.equals(division) && this.department.equals(department);
    }

    /** Whether they take its next steps: the receiving department, or after a report upward only the higher one. */
    public boolean isActingUnit(@Nullable String division, @Nullable String department) {
        if (reportedTo != null) {
            return reportedTo.equals(division) && reportedToDepartment.equals(department);
        }
        return isHandledBy(division, department);
    }

    /** The division whose department acts on the case now. */
    public String actingDivision() {
        return reportedTo != null ? reportedTo : division;
    }

    public String actingDepartment() {
        return reportedTo != null && reportedToDepartment != null ? reportedToDepartment : department;
    }

    /**
     * The acting department's name: the receiving department's, or the higher one's as the catalogue named it
     * when the case was reported; a case reported before that name was kept still knows it by its code only.
     */
    public String actingDepartmentName() {
        if (reportedTo == null || reportedToDepartment == null) {
            return departmentName;
        }
        return reportedToDepartmentName != null ? reportedToDepartmentName : reportedToDepartment;
    }

    /** The same for an English reader: the higher department's English name where the catalogue gave one. */
    public String actingDepartmentEnglishName() {
        return reportedTo != null && reportedToDepartmentNameEn != null ? reportedToDepartmentNameEn
                : actingDepartmentName();
    }

    /**
     * Sent to the department coded {@code to} at the next higher division: once, for an accepted case not decided
     * yet, and only to a department the catalogue names ({@code directory}); the handling keeps its names.
     */
    Handling reportedUpward(CaseState state, @Nullable String to, DepartmentDirectory directory, String reason) {
        requireReportable(state);
        if (to == null || to.isBlank() || to.length() > 64) {
            throw DomainViolation.invalid("department", "DEPARTMENT_REQUIRED", "须写明上级受理部门（不超过 64 个字符）。",
                    "Name the higher department (at most 64 characters).");
        }
        return reportedUpward(state, directory.named(to).orElseThrow(Handling::unknownDepartment), reason);
    }

    /** Sent to {@code to}, named already (the item's rule at acceptance). */
    Handling reportedUpward(CaseState state, DepartmentName to, String reason) {
        requireReportable(state);
        WrittenReasons.require(reason, "reason");
        DivisionCode higher = DivisionCode.of(division).parentWithin(DivisionCode.Level.COUNTY).orElseThrow(() -> DomainViolation.rule(
                "NO_HIGHER_DIVISION", "县级办件在本平台没有更高一级的受理单位。",
                "A county case has no higher division on this platform.", "division"));
        return new Handling(division, department, departmentName, higher.value(), to.code(), to.name(), to.nameEn(),
                greenChannel, greenChannelBasis, responsibleOfficer, delivery, handovers);
    }

    /** A department to report to that the catalogue does not name: refused, so that a typo is never kept as one. */
    public static DomainViolation unknownDepartment() {
        return DomainViolation.invalid("department", "UNKNOWN_DEPARTMENT",
                "事项目录中没有这个部门，请从目录中的部门里选择上级受理部门。",
                "The catalogue has no such department; choose the higher department from the catalogue's departments.");
    }

    private void requireReportable(CaseState state) {
        if (!state.isAccepted()) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "只有已受理、未决定的办件可以上报。",
                    "Only an accepted case not yet decided can be reported upward.");
        }
        if (reportedTo != null) {
            throw DomainViolation.conflict("ALREADY_REPORTED", "办件已上报。", "The case has already been reported upward.");
        }
    }

    /** On the green channel as a major project, with the officer responsible until it is done. */
    Handling onGreenChannel(CaseState state, String officer, String reason) {
        if (state.isFinal() || state.isDecided() || state == CaseState.DRAFT) {
            throw DomainViolation.conflict("INVALID_TRANSITION", "只有办理中的办件可以进入绿色通道。",
                    "Only a case in progress can be put on the green channel.");
        }
        if (officer == null || officer.isBlank() || officer.length() > 100) {
            throw DomainViolation.invalid("responsibleOfficer", "RESPONSIBLE_OFFICER_REQUIRED",
                    "须指定责任人（不超过 100 个字符）。", "Name the responsible officer (at most 100 characters).");
        }
        WrittenReasons.require(reason, "reason");
        // A credit incentive that put the case there stays its basis; staff then name the officer.
        String basis = greenChannelBasis != null && greenChannelBasis.startsWith("CREDIT:") ? greenChannelBasis
                : "MAJOR_PROJECT";
        return new Handling(division, department, departmentName, reportedTo, reportedToDepartment,
                reportedToDepartmentName, reportedToDepartmentNameEn, true, basis, officer, delivery, handovers);
    }

    /** Put first in the queue by credit incentives (GREEN_CHANNEL, PRIORITY_HANDLING), the first one named; none: as it was. */
    Handling prioritisedByCredit(List<String> measureIds) {
        return measureIds.isEmpty() ? this : new Handling(division, department, departmentName, reportedTo,
                reportedToDepartment, reportedToDepartmentName, reportedToDepartmentNameEn, true,
                "CREDIT:" + measureIds.getFirst(), responsibleOfficer, delivery, handovers);
    }

    /** How the decided result reaches the applicant; a courier needs the address and the tracking number. */
    Handling delivered(CaseState state, Delivery.Method method, @Nullable String address, @Nullable String courier,
            @Nullable String trackingNumber, Actor by, Instant at) {
        if (!state.isDecided()) {
            throw DomainViolation.conflict("NOT_DECIDED", "办件尚未作出决定，没有可送达的结果。",
                    "The case has not been decided; there is no result to deliver yet.");
        }
        boolean courierDelivery = method == Delivery.Method.COURIER;
        if (courierDelivery) {
            if (address == null || address.isBlank() || address.length() > 300) {
                throw DomainViolation.invalid("address", "ADDRESS_REQUIRED", "快递寄送须填写收件地址（不超过 300 字）。",
                        "Courier delivery needs the address (at most 300 characters).");
            }
            if (trackingNumber == null || !trackingNumber.matches("[A-Za-z0-9-]{6,40}")) {
                throw DomainViolation.invalid("trackingNumber", "TRACKING_NUMBER_REQUIRED",
                        "快递寄送须填写运单号（6 到 40 个字母、数字或连字符）。",
                        "Courier delivery needs the tracking number (6 to 40 letters, digits or hyphens).");
            }
        }
        Delivery recorded = new Delivery(method, courierDelivery ? address : null, courierDelivery ? courier : null,
                courierDelivery ? trackingNumber : null, by.name(), at);
        return new Handling(division, department, departmentName, reportedTo, reportedToDepartment,
                reportedToDepartmentName, reportedToDepartmentNameEn, greenChannel, greenChannelBasis, responsibleOfficer,
                recorded, handovers);
    }
}

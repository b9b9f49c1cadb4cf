package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The materials of a case and the notices about them: what the item requires (copied in at
 * drafting), what has been handed in, what was tolerated at acceptance (容缺, INT-4) and by when, and
 * the written notices (INT-2): the one-time request to supplement, once before acceptance and once
 * during the review, and the refusal to accept.
 *
 * @param supplied  one entry per material code, in the order first handed in; a defective one is removed
 *                  by the supplement request and comes again at the end
 * @param tolerated materials accepted as missing, each due by a date, until the decision
 */
public record Materials(List<RequiredMaterial> required, List<MaterialEntry> supplied,
        List<ToleratedMaterial> tolerated, List<Notice> notices) {

    public Materials {
        required = List.copyOf(required);
        supplied = List.copyOf(supplied);
        tolerated = List.copyOf(tolerated);
        notices = List.copyOf(notices);
    }

    static Materials requiredBy(List<RequiredMaterial> required) {
        return new Materials(required, List.of(), List.of(), List.of());
    }

    // --- supplying ----------------------------------------------------------------------------------

    /** Refuses unless the item requires the material and a case in {@code state} can take it now. */
    RequiredMaterial openForSupply(String code, CaseState state) {
        RequiredMaterial material = requiredMaterial(code).orElseThrow(() -> DomainViolation.invalid(
                "materials." + code, "MATERIAL_NOT_REQUIRED", "本事项不需要材料 " + code + "。",
                "This item does not require material " + code + "."));
        boolean open = switch (state) {
            case DRAFT, SUPPLEMENT_REQUESTED -> true;
            // After acceptance only what was tolerated may still come in (INT-4).
            case ACCEPTED_WITH_TOLERANCE, UNDER_REVIEW, ACCEPTED -> tolerated.stream()
                    .anyMatch(t -> t.materialCode().equals(code));
            default -> false;
        };
        if (!open) {
            throw DomainViolation.conflict("MATERIALS_CLOSED", "办件当前状态不能再提交材料。",
                    "Materials can no longer be supplied in the case's current state.");
        }
        return material;
    }

    Materials withUpload(String code, StoredFile file, CaseState state, Instant at) {
        RequiredMaterial material = openForSupply(code, state);
        return with(MaterialEntry.upload(code, material.name(), file, at));
    }

    /**
     * Refuses, before anyone asks the registry, a reference the case cannot take now: a material the
     * catalogue names no e-certificate for, a malformed number, a case closed to materials.
     */
    RequiredMaterial openForReference(String code, String certificateNumber, CaseState state) {
        RequiredMaterial material = openForSupply(code, state);
        if (material.certificateType() == null) {
            throw DomainViolation.rule("CERTIFICATE_NOT_ACCEPTED_FOR_MATERIAL",
                    "材料“" + material.name() + "”没有可替代的电子证照，请上传文件。",
                    "No e-certificate can stand in for \"" + material.name() + "\"; upload the file.",
                    "materials." + code);
        }
        if (certificateNumber.isBlank() || certificateNumber.length() > 64) {
            throw DomainViolation.invalid("materials." + code + ".certificateNumber", "INVALID_CERTIFICATE_NUMBER",
                    "电子证照编号不能为空且不超过 64 个字符。", "A certificate number is 1 to 64 characters.");
        }
        return material;
    }

    /**
     * A material satisfied by naming an e-certificate (CAT-3), only where the catalogue says one can
     * stand in, with what the registry said: a certificate it refutes (INVALID) or a number of a type it
     * issues that it does not know (UNKNOWN) is refused at filing; a national certificate it does not
     * hold is left to staff; an unreachable registry leaves the reference pending.
     */
    Materials withCertificate(String code, String certificateNumber, ReferenceResolution resolution, CaseState state,
            Instant at) {
        RequiredMaterial material = openForReference(code, certificateNumber, state);
        if (resolution == ReferenceResolution.INVALID) {
            throw DomainViolation.rule("CERTIFICATE_NOT_VALID", "电子证照 " + certificateNumber + " 无效或不属于申请人。",
                    "E-certificate " + certificateNumber + " is not valid or not the applicant's.", "materials." + code);
        }
        if (resolution == ReferenceResolution.UNKNOWN) {
            throw DomainViolation.rule("CERTIFICATE_UNKNOWN",
                    "电子证照库没有编号为 " + certificateNumber + " 的“" + material.name() + "”，请核对编号，或上传该材料。",
                    "The certificate registry knows no \"" + material.name() + "\" numbered " + certificateNumber
                            + "; check the number or upload the material.", "materials." + code);
        }
        return with(MaterialEntry.certificate(code, material.name(), certificateNumber, resolution, at));
    }

    // --- checks by the registry and the departments (CAT-3) ------------------------------------------

    /**
     * The materials another department's record stands in for that are to be asked for now: not handed in
     * in any form, or asked for before without an answer. A record the department said it does not hold is
     * not asked for again: the applicant hands that material in.
     */
    public List<RequiredMaterial> recordsToFetch() {
        return required.stream().filter(RequiredMaterial::fetchedFromDepartment).filter(m -> entryOf(m.code())
                .map(e -> e.source() == MaterialEntry.Source.DEPARTMENT_RECORD && e.isPending()).orElse(true))
                .toList();
    }

    /** The data exchange's answer for one such material; an upload that came meanwhile is kept. */
    Materials withRecord(String code, RecordFetch fetch, Instant at) {
        RequiredMaterial material = requiredMaterial(code).filter(RequiredMaterial::fetchedFromDepartment)
                .orElseThrow(() -> new IllegalArgumentException("no department record stands in for " + code));
        boolean open = entryOf(code).map(e -> e.source() == MaterialEntry.Source.DEPARTMENT_RECORD && e.isPending())
                .orElse(true);
        return open ? with(MaterialEntry.record(material, fetch, at)) : this;
    }

    /** References the registry has not answered for yet. */
    public List<MaterialEntry> pendingReferences() {
        return supplied.stream().filter(m -> m.source() == MaterialEntry.Source.CERTIFICATE_REFERENCE && m.isPending())
                .toList();
    }

    /** The registry's later answer for a pending reference; a reference no longer pending is left as it is. */
    Materials withRecheckedReference(String code, ReferenceResolution resolution) {
        return entryOf(code).filter(e -> e.source() == MaterialEntry.Source.CERTIFICATE_REFERENCE && e.isPending())
                .map(e -> with(e.rechecked(resolution))).orElse(this);
    }

    /**
     * How soon a step refused for a pending check is worth trying again: each try asks the registry or
     * the exchange again, and intake's breakers probe a service that was down after 10 s.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);

    /**
     * Refuses the step (409 MATERIAL_CHECK_PENDING, with Retry-After) while the registry or a department
     * has not answered for a material: acceptance and every decision step wait for it, and the same
     * step tried again asks again.
     */
    void requireChecked() {
        List<MaterialEntry> pending = supplied.stream().filter(MaterialEntry::isPending).toList();
        if (pending.isEmpty()) {
            return;
        }
        String names = String.join("、", pending.stream().map(MaterialEntry::name).toList());
        throw new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "MATERIAL_CHECK_PENDING", Message.of(
                "材料“" + names + "”尚未核验：电子证照库或有关部门暂时无法访问。核验完成前不能办理此步骤，请稍后再试。",
                "\"" + String.join("\", \"", pending.stream().map(MaterialEntry::name).toList()) + "\" could not be "
                        + "checked yet: the certificate registry or the department holding it cannot be reached. "
                        + "This step waits for the check; try again shortly."),
                "materials." + pending.getFirst().code(), List.of(), RECHECK_AFTER);
    }

    /**
     * Refuses approval (409 CERTIFICATE_REFERENCE_REFUSED) when the registry answered against a
     * reference after filing; the material counts as missing, so it can be asked for in a supplement.
     */
    void requireNoReferenceRefused() {
        List<MaterialEntry> refused = supplied.stream()
                .filter(m -> m.source() == MaterialEntry.Source.CERTIFICATE_REFERENCE && m.isRefused()).toList();
        if (refused.isEmpty()) {
            return;
        }
        MaterialEntry first = refused.getFirst();
        throw new DomainViolation(DomainViolation.Kind.STATE_CONFLICT, "CERTIFICATE_REFERENCE_REFUSED", Message.of(
                "电子证照库核验未通过：“" + first.name() + "”（" + first.certificateNumber() + "）" + first.refusal().zh()
                        + "。不能作出准予决定；可要求申请人补正该材料。",
                "The registry refused the reference for \"" + first.name() + "\" (" + first.certificateNumber() + "): "
                        + first.refusal().en() + ". The case cannot be approved; ask the applicant to supplement it."),
                "materials." + first.code(), List.of());
    }

    /** What the acceptance rules look at: these materials, those tolerated, the due dates, the credit check's answer. */
    AcceptanceCheck acceptanceCheck(List<ToleratedMaterial> tolerating, LocalDate today, Deadlines.Due due,
            @Nullable CreditRecord credit) {
        return new AcceptanceCheck(required, suppliedCodes(), tolerating, today, due.promised(), due.statutory(), credit);
    }

    /** Everything the catalogue requires that has not been handed in. */
    public List<RequiredMaterial> missing() {
        Set<String> present = suppliedCodes();
        return required.stream().filter(m -> !present.contains(m.code())).toList();
    }

    public Set<String> suppliedCodes() {
        Set<String> codes = new LinkedHashSet<>();
        // A reference or record refused by its registry or department is no material: it counts as missing.
        supplied.stream().filter(m -> !m.isRefused()).forEach(m -> codes.add(m.code()));
        return codes;
    }

    /**
     * The uploaded file of a material, to be read back (issue 17, point 1). A material not handed in, or
     * named by an e-certificate instead of a file, has no file to open: 404.
     */
    public MaterialEntry uploadOf(String code) {
        return supplied.stream().filter(m -> m.code().equals(code) && m.source() == MaterialEntry.Source.UPLOAD
                && m.fileId() != null).findFirst().orElseThrow(() -> DomainViolation.notFound("MATERIAL_FILE_NOT_FOUND",
                        "该材料没有上传的文件。", "There is no uploaded file for this material."));
    }

    // --- the one-time notice (INT-2) ------------------------------------------------------------------

    /**
     * The one request to supplement of a phase (before acceptance, during review): nothing may be
     * asked for again later, and there must be something to ask for.
     */
    Notice supplementNotice(List<Defect> defective, String note, Actor by, Instant at, boolean duringReview) {
        if (notices.stream().anyMatch(n -> n.kind() == Notice.Kind.SUPPLEMENT && n.duringReview() == duringReview)) {
            throw DomainViolation.conflict("SUPPLEMENT_ALREADY_REQUESTED",
                    "已一次性告知过补正内容，不得再次要求补正；请受理或书面不予受理。",
                    "Supplements were already requested once; accept the case or refuse it in writing.");
        }
        List<Defect> defects = defectsWith(defective);
        if (defects.isEmpty()) {
            throw DomainViolation.invalid("defects", "NOTHING_TO_SUPPLEMENT", "没有缺少或有误的材料，无需补正。",
                    "Nothing is missing or defective; there is nothing to supplement.");
        }
        return new Notice(Notice.Kind.SUPPLEMENT, null, defects, note, null, by.name(), at, duringReview);
    }

    /**
     * What a notice says of a handed-in material the handler found defective without saying more: in both
     * languages, in the one-string form the notice's other standard words ("未提交 | not handed in") take.
     */
    static final String NOT_AS_REQUIRED = "不符合要求，请按办事指南重新提交 | not as required: hand it in again as the guide describes";

    /**
     * The lines of a notice: every missing material, whether or not the handler names it, and the
     * handed-in ones the handler found defective, each with what is wrong (the standard words where the
     * handler wrote none).
     */
    List<Defect> defectsWith(List<Defect> defective) {
        List<Defect> all = new ArrayList<>();
        missing().forEach(m -> all.add(new Defect(m.code(), m.name(), Defect.Kind.MISSING, entryOf(m.code())
                .map(MaterialEntry::refusal).map(r -> r.zh() + " | " + r.en()).orElse("未提交 | not handed in"))));
        Set<String> present = suppliedCodes();
        for (Defect d : defective) {
            RequiredMaterial material = requiredMaterial(d.materialCode()).orElseThrow(() -> DomainViolation.invalid(
                    "defects", "MATERIAL_NOT_REQUIRED", "本事项不需要材料 " + d.materialCode() + "。",
                    "This item does not require material " + d.materialCode() + "."));
            if (!present.contains(d.materialCode())) {
                continue; // already listed as missing
            }
            String explanation = d.explanation().isBlank() ? NOT_AS_REQUIRED : d.explanation();
            WrittenReasons.require(explanation, "defects.explanation");
            all.add(new Defect(material.code(), material.name(), Defect.Kind.DEFECTIVE, explanation));
        }
        return all;
    }

    /** The notice is kept; a defective material must come again. */
    Materials supplementRequested(Notice notice) {
        List<MaterialEntry> kept = supplied.stream().filter(m -> notice.defects().stream()
                .noneMatch(d -> d.kind() == Defect.Kind.DEFECTIVE && d.materialCode().equals(m.code()))).toList();
        return new Materials(required, kept, tolerated, append(notices, notice));
    }

    Materials refusedWith(Notice notice) {
        return new Materials(required, supplied, tolerated, append(notices, notice));
    }

    /** Refuses a resubmission until everything the last request to supplement asked for has been handed in since. */
    void requireSupplementComplete() {
        Notice notice = notices.reversed().stream().filter(n -> n.kind() == Notice.Kind.SUPPLEMENT).findFirst()
                .orElseThrow();
        List<String> stillMissing = notice.defects().stream().map(Defect::materialCode)
                .filter(code -> supplied.stream().noneMatch(m -> m.code().equals(code) && !m.isRefused()
                        && !m.suppliedAt().isBefore(notice.issuedAt()))).toList();
        if (!stillMissing.isEmpty()) {
            throw DomainViolation.rule("SUPPLEMENT_INCOMPLETE", "补正材料尚未交齐：" + String.join("、", stillMissing) + "。",
                    "The supplement is incomplete: " + String.join(", ", stillMissing) + " still to come.", "materials");
        }
    }

    // --- tolerance (容缺, INT-4) --------------------------------------------------------------------------

    Materials tolerating(List<ToleratedMaterial> accepted) {
        List<ToleratedMaterial> all = new ArrayList<>(tolerated);
        all.addAll(accepted);
        return new Materials(required, supplied, all, notices);
    }

    /** Supply-by dates of tolerated materials not handed in yet: dates the applicant still has to meet. */
    List<LocalDate> outstandingToleranceDates() {
        Set<String> present = suppliedCodes();
        return tolerated.stream().filter(t -> !present.contains(t.materialCode())).map(ToleratedMaterial::dueBy).toList();
    }

    /**
     * A supply-by date not met yet that falls on what is now a day off moves to the next working day;
     * it never moves earlier (the applicant was told it).
     */
    Materials recomputed(WorkingDayCalendar calendar, DeadlineMoves moves) {
        Set<String> present = suppliedCodes();
        List<ToleratedMaterial> moved = tolerated.stream().map(t -> {
            if (present.contains(t.materialCode())) {
                return t; // supplied: its date no longer binds anyone
            }
            LocalDate on = t.dueBy();
            while (!calendar.isWorkingDay(on)) {
                on = on.plusDays(1);
            }
            LocalDate due = moves.settle(DeadlineChange.Kind.TOLERATED, t.materialCode(), t.dueBy(), on);
            return due.equals(t.dueBy()) ? t : new ToleratedMaterial(t.materialCode(), due);
        }).toList();
        return new Materials(required, supplied, moved, notices);
    }

    // --- internals ------------------------------------------------------------------------------------

    /** The entry of a material, in whatever form it came, refused ones included. */
    public Optional<MaterialEntry> entryOf(String code) {
        return supplied.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    private Optional<RequiredMaterial> requiredMaterial(String code) {
        return required.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** Replaces the entry of the same material where it stands, or adds it at the end. */
    private Materials with(MaterialEntry entry) {
        List<MaterialEntry> all = new ArrayList<>(supplied);
        int at = indexOf(entry.code());
        if (at < 0) {
            all.add(entry);
        } else {
            all.set(at, entry);
        }
        return new Materials(required, all, tolerated, notices);
    }

    private int indexOf(String code) {
        for (int i = 0; i < supplied.size(); i++) {
            if (supplied.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}

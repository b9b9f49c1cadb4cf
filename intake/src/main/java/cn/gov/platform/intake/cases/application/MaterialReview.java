package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.MaterialEntry;
import cn.gov.platform.intake.cases.domain.MaterialOpening;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.support.web.Caller;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reading the materials of a case back (issue 17, point 1): whoever may see the case (its applicant
 * side; staff of the receiving, acting or a joint department, confirmed by identity) opens each
 * uploaded file; anyone else is told the case does not exist. Every opening by staff is recorded
 * before the file is handed out, and the applicant sees those records.
 */
public class MaterialReview {

    private final CaseLookup cases;
    private final MaterialStorage files;
    private final MaterialOpenings openings;
    private final Clock clock;

    public MaterialReview(CaseLookup cases, MaterialStorage files, MaterialOpenings openings, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.openings = openings;
        this.clock = clock;
    }

    /** A material's file as stored, with what the case recorded of it (name, type, size, checksum). */
    public record Opened(MaterialEntry material, InputStream content) {
    }

    public Opened open(Caller caller, String caseId, String materialCode) {
        Case c = cases.view(caller, caseId);
        MaterialEntry material = c.snapshot().materials().uploadOf(materialCode);
        InputStream content = files.read(Objects.requireNonNull(material.fileId()))
                .orElseThrow(() -> DomainViolation.notFound("MATERIAL_FILE_NOT_FOUND", "该材料没有上传的文件。",
                        "There is no uploaded file for this material."));
        if (!c.isApplicantSide(caller.subject())) {
            try {
                openings.record(MaterialOpening.of(c.snapshot(), material, staffActor(caller),
                        Objects.requireNonNull(caller.division()), Objects.requireNonNull(caller.department()),
                        clock.instant()));
            } catch (RuntimeException notRecorded) {
                closeQuietly(content);
                throw notRecorded; // an opening that is not on the record does not happen
            }
        }
        return new Opened(material, content);
    }

    /** Who of staff opened which material of the case and when, oldest first, for anyone who may see the case. */
    public List<MaterialOpening> openings(Caller caller, String caseId) {
        Case c = cases.view(caller, caseId);
        return openings.ofCase(c.id().value());
    }

    private static Actor staffActor(Caller caller) {
        StaffRole role = CaseAccess.staffRoleOf(caller).orElseThrow(CaseAccess::notFound);
        return new Actor(caller.subject(), caller.username(), ActorRole.of(role));
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (java.io.IOException ignored) {
            // nothing was handed out
        }
    }
}

package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A material as handed in or obtained: an uploaded file (stored elsewhere, named by its id, with its
 * checksum), a reference to an e-certificate, or another department's record fetched through the data
 * exchange (both CAT-3), each with where its check stands ({@link MaterialCheck}).
 *
 * @param resolved  kept for documents stored before {@code check} existed (true: checked; a reference
 *                  stored unresolved reads as pending, so it is checked again before any decision)
 * @param check     where the check stands
 * @param record    the department's record, for {@link Source#DEPARTMENT_RECORD}
 * @param refusal   why the registry or department answered against it, when {@code check} is REFUSED
 */
public record MaterialEntry(String code, String name, Source source, @Nullable String fileId,
        @Nullable String fileName, @Nullable String contentType, long size, @Nullable String sha256,
        @Nullable String certificateNumber, boolean resolved, Instant suppliedAt, @Nullable MaterialCheck check,
        @Nullable DepartmentRecord record, @Nullable MaterialRefusal refusal) {

    /** Where the material came from. */
    public enum Source { UPLOAD, CERTIFICATE_REFERENCE, DEPARTMENT_RECORD }

    public MaterialEntry {
        if (check == null) {
            check = source == Source.UPLOAD || resolved ? MaterialCheck.CHECKED : MaterialCheck.PENDING;
        }
        resolved = check == MaterialCheck.CHECKED;
    }

    public static MaterialEntry upload(String code, String name, StoredFile file, Instant at) {
        return new MaterialEntry(code, name, Source.UPLOAD, file.id(), file.fileName(), file.contentType(),
                file.size(), file.sha256(), null, true, at, MaterialCheck.CHECKED, null, null);
    }

    static MaterialEntry certificate(String code, String name, String certificateNumber,
            ReferenceResolution resolution, Instant at) {
        MaterialCheck check = MaterialCheck.of(resolution);
        return new MaterialEntry(code, name, Source.CERTIFICATE_REFERENCE, null, null, null, 0, null,
                certificateNumber, check == MaterialCheck.CHECKED, at, check, null,
                check == MaterialCheck.REFUSED ? MaterialRefusal.of(resolution) : null);
    }

    static MaterialEntry record(RequiredMaterial material, RecordFetch fetch, Instant at) {
        String recordCode = java.util.Objects.requireNonNull(material.recordCode());
        String department = java.util.Objects.requireNonNull(material.recordDepartment());
        return switch (fetch) {
            case RecordFetch.Found f -> fetched(material, MaterialCheck.CHECKED, new DepartmentRecord(recordCode,
                    f.department(), nameOf(f.department(), f.departmentName(), material),
                    englishNameOf(f.department(), material), f.reference(), f.summary(), at), null, at);
            case RecordFetch.NotHeld n -> fetched(material, MaterialCheck.REFUSED, new DepartmentRecord(recordCode,
                    n.department(), nameOf(n.department(), n.departmentName(), material),
                    englishNameOf(n.department(), material), null, null, at), MaterialRefusal.RECORD_NOT_HELD, at);
            case RecordFetch.Unavailable u -> fetched(material, MaterialCheck.PENDING, new DepartmentRecord(recordCode,
                    department, material.recordDepartmentName(), material.recordDepartmentNameEn(), null, null, null),
                    null, at);
        };
    }

    /**
     * The holding department's name: the exchange's, else the catalogue's where the department is the one the
     * material names, else none (the portal names it by its code; a code never reaches a person as a name).
     */
    private static @Nullable String nameOf(String holding, @Nullable String answered, RequiredMaterial material) {
        if (answered != null && !answered.isBlank()) {
            return answered;
        }
        return holding.equals(material.recordDepartment()) ? material.recordDepartmentName() : null;
    }

    /** The holding department's English name where the catalogue gives one for it. */
    private static @Nullable String englishNameOf(String holding, RequiredMaterial material) {
        return holding.equals(material.recordDepartment()) ? material.recordDepartmentNameEn() : null;
    }

    private static MaterialEntry fetched(RequiredMaterial m, MaterialCheck check, DepartmentRecord record,
            @Nullable MaterialRefusal refusal, Instant at) {
        return new MaterialEntry(m.code(), m.name(), Source.DEPARTMENT_RECORD, null, null, null, 0, null, null,
                check == MaterialCheck.CHECKED, at, check, record, refusal);
    }

    /** The same reference with the registry's later answer. */
    MaterialEntry rechecked(ReferenceResolution resolution) {
        return certificate(code, name, certificateNumber == null ? "" : certificateNumber, resolution, suppliedAt);
    }

    public boolean isPending() {
        return check == MaterialCheck.PENDING;
    }

    /** Refused by the registry or the department: the material counts as missing. */
    public boolean isRefused() {
        return check == MaterialCheck.REFUSED;
    }
}

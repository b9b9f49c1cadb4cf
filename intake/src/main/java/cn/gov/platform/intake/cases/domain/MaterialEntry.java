package cn.gov.platform.intake.cases.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A material as handed in: either an uploaded file (stored elsewhere, named by its id, with
 * its checksum) or a reference to an e-certificate (CAT-3). A reference stays
 * {@code resolved == false} until the certificate registry confirms it.
 */
public record MaterialEntry(String code, String name, Source source, @Nullable String fileId,
        @Nullable String fileName, @Nullable String contentType, long size, @Nullable String sha256,
        @Nullable String certificateNumber, boolean resolved, Instant suppliedAt) {

    /** Where the material came from. */
    public enum Source { UPLOAD, CERTIFICATE_REFERENCE }

    public static MaterialEntry upload(String code, String name, StoredFile file, Instant at) {
        return new MaterialEntry(code, name, Source.UPLOAD, file.id(), file.fileName(), file.contentType(),
                file.size(), file.sha256(), null, true, at);
    }

    public static MaterialEntry certificate(String code, String name, String certificateNumber, boolean resolved,
            Instant at) {
        return new MaterialEntry(code, name, Source.CERTIFICATE_REFERENCE, null, null, null, 0, null,
                certificateNumber, resolved, at);
    }
}

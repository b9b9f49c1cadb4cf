package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.FileType;
import cn.gov.platform.intake.cases.domain.StoredFile;
import java.io.InputStream;
import java.util.Optional;

/** Keeps the files of materials; the case keeps only their ids and checksums. */
public interface MaterialStorage {

    StoredFile store(String caseId, String materialCode, String fileName, FileType type, byte[] content, String sha256);

    /** Removes a file stored for a change that did not go through, so a failed request stores nothing. */
    void delete(String fileId);

    /** The content of a stored file, to be streamed and closed by the reader; empty when there is no such file. */
    Optional<InputStream> read(String fileId);
}

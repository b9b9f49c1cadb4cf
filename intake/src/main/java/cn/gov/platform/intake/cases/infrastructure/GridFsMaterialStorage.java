package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.MaterialStorage;
import cn.gov.platform.intake.cases.domain.FileType;
import cn.gov.platform.intake.cases.domain.StoredFile;
import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/** Material files in GridFS, with the case, material and checksum in the file's metadata. */
class GridFsMaterialStorage implements MaterialStorage {

    private final GridFsTemplate gridFs;

    GridFsMaterialStorage(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public StoredFile store(String caseId, String materialCode, String fileName, FileType type, byte[] content,
            String sha256) {
        Document metadata = new Document("caseId", caseId).append("materialCode", materialCode).append("sha256", sha256)
                .append("contentType", type.mediaType());
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), fileName, type.mediaType(), metadata);
        return new StoredFile(id.toHexString(), fileName, type.mediaType(), content.length, sha256);
    }

    @Override
    public void delete(String fileId) {
        gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
    }

    @Override
    public Optional<InputStream> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(gridFs.getResource(file).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

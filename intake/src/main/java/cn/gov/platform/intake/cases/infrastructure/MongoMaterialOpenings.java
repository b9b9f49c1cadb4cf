package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.MaterialOpenings;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.MaterialOpening;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Openings of materials in collection {@code material_openings}, one document per opening, never
 * changed: a record of reading must not be lost to a concurrent change of the case, so it is kept
 * beside the case, not in it.
 */
class MongoMaterialOpenings implements MaterialOpenings {

    static final String COLLECTION = "material_openings";
    private final MongoTemplate mongo;

    MongoMaterialOpenings(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("caseId", Sort.Direction.ASC).named("case"));
    }

    @Override
    public void record(MaterialOpening o) {
        mongo.insert(new Document("caseId", o.caseId()).append("materialCode", o.materialCode())
                .append("materialName", o.materialName()).append("fileName", o.fileName()).append("sha256", o.sha256())
                .append("openedBy", o.openedBy()).append("openedByName", o.openedByName())
                .append("role", o.role().name()).append("division", o.division()).append("department", o.department())
                .append("departmentName", o.departmentName()).append("at", Date.from(o.at())), COLLECTION);
    }

    @Override
    public List<MaterialOpening> ofCase(String caseId) {
        return mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Document.class, COLLECTION).stream()
                .map(MongoMaterialOpenings::opening)
                .sorted(java.util.Comparator.comparing(MaterialOpening::at)).toList();
    }

    private static MaterialOpening opening(Document d) {
        return new MaterialOpening(d.getString("caseId"), d.getString("materialCode"), d.getString("materialName"),
                d.getString("fileName"), d.getString("sha256"), d.getString("openedBy"), d.getString("openedByName"),
                ActorRole.valueOf(d.getString("role")), d.getString("division"), d.getString("department"),
                d.getString("departmentName"), d.getDate("at").toInstant());
    }
}

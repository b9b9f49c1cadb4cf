package cn.gov.platform.notifications.templates.infrastructure;

import cn.gov.platform.notifications.templates.application.TemplateCatalogue;
import cn.gov.platform.notifications.templates.domain.Template;
import cn.gov.platform.notifications.templates.domain.TemplateStatus;
import cn.gov.platform.notifications.templates.domain.TemplateText;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Templates as documents {@code _id = code:version}; the primary key refuses a second copy of a version. */
class MongoTemplateCatalogue implements TemplateCatalogue {

    static final String COLLECTION = "templates";
    private final MongoTemplate mongo;

    MongoTemplateCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Template> all() {
        return mongo.findAll(Document.class, COLLECTION).stream().map(MongoTemplateCatalogue::read).toList();
    }

    @Override
    public List<Template> versions(String code) {
        return mongo.find(Query.query(Criteria.where("code").is(code)), Document.class, COLLECTION).stream()
                .map(MongoTemplateCatalogue::read).toList();
    }

    @Override
    public boolean add(Template t) {
        try {
            mongo.insert(write(t), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void replace(Template t) {
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", t.id()), write(t));
    }

    private static Document write(Template t) {
        return new Document("_id", t.id()).append("code", t.code()).append("version", t.version())
                .append("channel", t.channel().name()).append("text", t.text().value()).append("urgent", t.urgent())
                .append("status", t.status().name()).append("approvedBy", t.approvedBy())
                .append("approvedAt", t.approvedAt() == null ? null : Date.from(t.approvedAt()));
    }

    private static Template read(Document d) {
        Date approvedAt = d.getDate("approvedAt");
        return new Template(d.getString("code"), d.getInteger("version"), Template.Channel.valueOf(d.getString("channel")),
                new TemplateText(d.getString("text")), d.getBoolean("urgent", false),
                TemplateStatus.valueOf(d.getString("status")), d.getString("approvedBy"),
                approvedAt == null ? null : approvedAt.toInstant());
    }
}

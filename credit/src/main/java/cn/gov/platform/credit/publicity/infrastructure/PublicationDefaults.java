package cn.gov.platform.credit.publicity.infrastructure;

import cn.gov.platform.credit.publicity.domain.Publication;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;

/**
 * Publications stored before they had a {@code version} (or written by an older instance during a
 * rolling update) read as version 0, which their compare-and-set save also matches; without this
 * the record could not be built from them and every list containing one would fail.
 */
class PublicationDefaults extends AbstractMongoEventListener<Publication> {

    @Override
    public void onAfterLoad(AfterLoadEvent<Publication> event) {
        if (MongoPublications.COLLECTION.equals(event.getCollectionName())) {
            event.getDocument().putIfAbsent("version", 0L);
        }
    }
}

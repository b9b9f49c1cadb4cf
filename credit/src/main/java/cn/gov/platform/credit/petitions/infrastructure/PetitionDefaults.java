package cn.gov.platform.credit.petitions.infrastructure;

import cn.gov.platform.credit.petitions.domain.Petition;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterLoadEvent;

/**
 * Petitions filed before the limit they were filed with was kept (or written by an older instance
 * during a rolling update) read with {@code workingDays} 0, which means "the configured limit";
 * without this the record could not be built from them.
 */
class PetitionDefaults extends AbstractMongoEventListener<Petition> {

    @Override
    public void onAfterLoad(AfterLoadEvent<Petition> event) {
        if (MongoPetitions.COLLECTION.equals(event.getCollectionName())) {
            event.getDocument().putIfAbsent("workingDays", 0);
        }
    }
}

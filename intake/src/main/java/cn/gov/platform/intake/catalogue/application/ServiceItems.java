package cn.gov.platform.intake.catalogue.application;

import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import java.util.List;
import java.util.Optional;

/** The catalogue's item versions, as a port: the store behind it is an adapter's business. */
public interface ServiceItems {

    Optional<ServiceItem> current(ItemCode code);

    Optional<ServiceItem> version(ItemCode code, int version);

    /** Current versions matching the query, by code. */
    List<ServiceItem> search(ItemQuery query);

    /**
     * Adds a version and makes it current. Refuses (returns false) when that version of the
     * item already exists, so two concurrent changes cannot both become version N.
     */
    boolean add(ServiceItem item);
}

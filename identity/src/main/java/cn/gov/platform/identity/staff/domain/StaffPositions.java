package cn.gov.platform.identity.staff.domain;

import java.util.List;
import java.util.Optional;

/** Every staff position, by id and by holder. */
public interface StaffPositions {

    void add(StaffPosition position);

    void remove(String id);

    Optional<StaffPosition> byId(String id);

    List<StaffPosition> heldBy(String staff);

    List<StaffPosition> all();
}

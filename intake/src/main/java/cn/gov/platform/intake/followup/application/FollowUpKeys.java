package cn.gov.platform.intake.followup.application;

import cn.gov.platform.intake.followup.domain.FollowUpKey;
import java.util.Optional;

/** The sealed suffixes by case number (one record per number, written once, never changed). */
public interface FollowUpKeys {

    Optional<FollowUpKey> find(String reference);

    /** Stores the key; false when the number has one already (a redelivered event). */
    boolean add(FollowUpKey key);
}

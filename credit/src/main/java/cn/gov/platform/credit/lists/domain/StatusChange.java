package cn.gov.platform.credit.lists.domain;

import java.time.Instant;

/** One recorded change of an entry's status: who, why, when. */
public record StatusChange(EntryStatus from, EntryStatus to, String by, String reason, Instant at) {
}

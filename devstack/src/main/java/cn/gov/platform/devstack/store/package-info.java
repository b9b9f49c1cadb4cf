/**
 * The embedded store's engine: mongo-java-server's H2 and memory backends, subclassed to keep
 * non-unique (secondary) indexes and to plan queries with them, and to present themselves as
 * MongoDB 5.0 (wire version 13) so that current mongosh and Compass open the local data.
 *
 * <p>Served from an index: keys equal to a unique index's (the library's rule); equality on all
 * keys of a unique index plus anything else ({_id, version}, {_id, state}); equality on the leading
 * field(s) of a secondary index, then optionally $in, a range within one type, or an anchored
 * prefix on the next field (unique indexes not led by _id get an in-memory secondary "shadow" for
 * this); an $or whose branches are each served; an aggregation's leading $match. Everything else scans, as the library always did. Candidates go through the library's
 * matcher in natural order, so answers are exactly a scan's. See devstack/README.md.
 */
@NullMarked
package cn.gov.platform.devstack.store;

import org.jspecify.annotations.NullMarked;

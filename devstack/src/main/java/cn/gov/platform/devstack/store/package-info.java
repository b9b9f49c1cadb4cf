/**
 * The embedded store's engine: mongo-java-server's H2 and memory backends, subclassed to keep
 * secondary indexes and to plan queries with them (see QueryPlanner),
 * and to present themselves as MongoDB 5.0 (wire version 13).
 */
@NullMarked
package cn.gov.platform.devstack.store;

import org.jspecify.annotations.NullMarked;

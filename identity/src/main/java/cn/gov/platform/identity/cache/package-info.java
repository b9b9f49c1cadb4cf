/** Redis cache of the answers other services ask for, invalidated on every change, with hit-rate metrics. */
@NullMarked
package cn.gov.platform.identity.cache;

import org.jspecify.annotations.NullMarked;

/** Credit's outbox (entries and petitions), relayed to the Redis stream credit.events by support's event library. */
@NullMarked
package cn.gov.platform.credit.events;

import org.jspecify.annotations.NullMarked;

/** The outbox relay to the Redis stream credit.events. */
@NullMarked
package cn.gov.platform.credit.events;

import org.jspecify.annotations.NullMarked;

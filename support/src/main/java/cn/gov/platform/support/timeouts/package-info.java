/** How long a service waits for its store and Redis: set once for every service, below the gateway's. */
@NullMarked
package cn.gov.platform.support.timeouts;

import org.jspecify.annotations.NullMarked;

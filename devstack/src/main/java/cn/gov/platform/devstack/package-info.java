/** Local stand-ins for production's MongoDB replica set and Redis, for ./platform and for tests. */
@NullMarked
package cn.gov.platform.devstack;

import org.jspecify.annotations.NullMarked;

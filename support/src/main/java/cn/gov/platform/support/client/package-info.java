/** What a service needs to call another service's internal API: its own client-credentials token. */
@NullMarked
package cn.gov.platform.support.client;

import org.jspecify.annotations.NullMarked;

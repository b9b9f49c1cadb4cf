/** Validation of Keycloak tokens, the same in every service and in the gateway. */
@NullMarked
package cn.gov.platform.support.security;

import org.jspecify.annotations.NullMarked;

/** Who may pass the gateway: token validation, public paths, security headers, CORS. */
@NullMarked
package cn.gov.platform.gateway.security;

import org.jspecify.annotations.NullMarked;

/**
 * Identity's stand-ins: a real-name provider that answers on {@code REALNAME_PROVIDER_URL}
 * ({@code REALNAME_DEV_STUB=true}), and the demo users' records ({@code IDENTITY_DEMO_DATA=true}).
 */
@NullMarked
package cn.gov.platform.devprofile.identity;

import org.jspecify.annotations.NullMarked;

/** Stream {@code certificates.events}: a certificate issued, suspended, reinstated or revoked. */
@NullMarked
package cn.gov.platform.events.certificates;

import org.jspecify.annotations.NullMarked;

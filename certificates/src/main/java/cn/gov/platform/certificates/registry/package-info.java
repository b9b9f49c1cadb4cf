/** The certificate registry: issue, verify, revoke, suspend, reinstate. */
@NullMarked
package cn.gov.platform.certificates.registry;

import org.jspecify.annotations.NullMarked;

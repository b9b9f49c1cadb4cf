/** Signing keys: SM2/SM3 (or Ed25519) signatures, key ids, rotation and publication. */
@NullMarked
package cn.gov.platform.certificates.signing;

import org.jspecify.annotations.NullMarked;

/** BouncyCastle/JDK signature schemes and the key stores behind the key ring. */
@NullMarked
package cn.gov.platform.certificates.signing.infrastructure;

import org.jspecify.annotations.NullMarked;

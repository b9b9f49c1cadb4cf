/** Canonical form, signatures and the key ring port, free of any framework. */
@NullMarked
package cn.gov.platform.certificates.signing.domain;

import org.jspecify.annotations.NullMarked;

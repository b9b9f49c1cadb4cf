/** The holder's wallet: every certificate a person or enterprise holds. */
@NullMarked
package cn.gov.platform.certificates.wallet;

import org.jspecify.annotations.NullMarked;

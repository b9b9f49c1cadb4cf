/** Sharing a certificate with a department for a purpose and a period, and the log of its uses (CER-2). */
@NullMarked
package cn.gov.platform.certificates.sharing;

import org.jspecify.annotations.NullMarked;

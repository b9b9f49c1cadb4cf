/** Catalogue of certificate types (CER-1): fields, issuing departments, validity rules. */
@NullMarked
package cn.gov.platform.certificates.catalogue;

import org.jspecify.annotations.NullMarked;

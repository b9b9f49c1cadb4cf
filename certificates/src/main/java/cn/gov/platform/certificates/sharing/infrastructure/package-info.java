/** MongoDB stores of share authorisations and uses. */
@NullMarked
package cn.gov.platform.certificates.sharing.infrastructure;

import org.jspecify.annotations.NullMarked;

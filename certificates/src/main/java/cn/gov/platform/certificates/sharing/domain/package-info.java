/** Share authorisations, the policy that bounds them, and recorded uses. */
@NullMarked
package cn.gov.platform.certificates.sharing.domain;

import org.jspecify.annotations.NullMarked;

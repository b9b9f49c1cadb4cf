/** Certificate holders by identity number or credit code (issue 18, point 3): keys and accounts for the certificates service. */
@NullMarked
package cn.gov.platform.identity.holder;

import org.jspecify.annotations.NullMarked;

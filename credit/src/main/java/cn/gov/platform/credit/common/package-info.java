/** Shared pieces of the credit service. */
@NullMarked
package cn.gov.platform.credit.common;

import org.jspecify.annotations.NullMarked;

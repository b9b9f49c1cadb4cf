/** Batched writer of check records and the feedback store. */
@NullMarked
package cn.gov.platform.credit.checks.infrastructure;

import org.jspecify.annotations.NullMarked;

/** The check and feedback use cases. */
@NullMarked
package cn.gov.platform.credit.checks.application;

import org.jspecify.annotations.NullMarked;

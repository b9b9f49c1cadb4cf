/** The domain's own failure type, free of web concerns. */
@NullMarked
package cn.gov.platform.credit.common.domain;

import org.jspecify.annotations.NullMarked;

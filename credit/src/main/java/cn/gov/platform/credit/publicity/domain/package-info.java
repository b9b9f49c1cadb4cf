/** Publications, masking and the deadline rule. */
@NullMarked
package cn.gov.platform.credit.publicity.domain;

import org.jspecify.annotations.NullMarked;

/** Published results and the masking of names. */
@NullMarked
package cn.gov.platform.intake.publicity.domain;

import org.jspecify.annotations.NullMarked;

/** Measures and the catalogue. */
@NullMarked
package cn.gov.platform.credit.measures.domain;

import org.jspecify.annotations.NullMarked;

/** The seed file and the MongoDB copy of the catalogue. */
@NullMarked
package cn.gov.platform.credit.measures.infrastructure;

import org.jspecify.annotations.NullMarked;

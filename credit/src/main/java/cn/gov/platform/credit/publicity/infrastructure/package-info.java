/** The intake event consumer and the MongoDB store of publications. */
@NullMarked
package cn.gov.platform.credit.publicity.infrastructure;

import org.jspecify.annotations.NullMarked;

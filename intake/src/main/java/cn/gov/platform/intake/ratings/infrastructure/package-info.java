/** Ratings in MongoDB. */
@NullMarked
package cn.gov.platform.intake.ratings.infrastructure;

import org.jspecify.annotations.NullMarked;

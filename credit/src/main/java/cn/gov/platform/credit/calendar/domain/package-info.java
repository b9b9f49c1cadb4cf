/** Working-day arithmetic over the official calendar years. */
@NullMarked
package cn.gov.platform.credit.calendar.domain;

import org.jspecify.annotations.NullMarked;

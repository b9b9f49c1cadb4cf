/** Public lists, the overdue report and the penalty admin API. */
@NullMarked
package cn.gov.platform.credit.publicity.web;

import org.jspecify.annotations.NullMarked;

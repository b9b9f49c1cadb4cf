/** Publishing, the overdue report and penalty records. */
@NullMarked
package cn.gov.platform.credit.publicity.application;

import org.jspecify.annotations.NullMarked;

/** Keeps identity numbers, phone numbers and tokens out of logs and displays. */
@NullMarked
package cn.gov.platform.support.logging;

import org.jspecify.annotations.NullMarked;

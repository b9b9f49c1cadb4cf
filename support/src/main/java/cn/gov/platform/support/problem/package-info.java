/** RFC 9457 problem details with a stable type, a code and a message in Chinese and English. */
@NullMarked
package cn.gov.platform.support.problem;

import org.jspecify.annotations.NullMarked;

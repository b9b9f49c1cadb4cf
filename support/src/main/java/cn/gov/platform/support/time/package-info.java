/** The platform's one injected clock. */
@NullMarked
package cn.gov.platform.support.time;

import org.jspecify.annotations.NullMarked;

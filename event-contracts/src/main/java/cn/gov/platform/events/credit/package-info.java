/** Stream {@code credit.events}: list entries, objections and repairs, and their moved answer dates. */
@NullMarked
package cn.gov.platform.events.credit;

import org.jspecify.annotations.NullMarked;

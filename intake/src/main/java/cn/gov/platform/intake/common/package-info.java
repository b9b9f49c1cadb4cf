/** What every intake feature shares: the domain's own failure type and its translation to problem+json. */
@NullMarked
package cn.gov.platform.intake.common;

import org.jspecify.annotations.NullMarked;

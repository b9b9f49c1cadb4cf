/** Supervision use cases (figures, lists, rebuild, deadline warnings) and the ports of the read model. */
@NullMarked
package cn.gov.platform.intake.supervision.application;

import org.jspecify.annotations.NullMarked;

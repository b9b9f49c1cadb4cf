/** Case use cases, who may perform them (object-level), and the ports they need. */
@NullMarked
package cn.gov.platform.intake.cases.application;

import org.jspecify.annotations.NullMarked;

/** The service catalogue (事项目录): what every item requires, who handles it where, and in how many working days. */
@NullMarked
package cn.gov.platform.intake.catalogue;

import org.jspecify.annotations.NullMarked;

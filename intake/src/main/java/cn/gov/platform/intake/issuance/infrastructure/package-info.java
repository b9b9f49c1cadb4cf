@NullMarked
package cn.gov.platform.intake.issuance.infrastructure;

import org.jspecify.annotations.NullMarked;

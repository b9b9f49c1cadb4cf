@NullMarked
package cn.gov.platform.intake.issuance.domain;

import org.jspecify.annotations.NullMarked;

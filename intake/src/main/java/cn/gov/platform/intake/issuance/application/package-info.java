@NullMarked
package cn.gov.platform.intake.issuance.application;

import org.jspecify.annotations.NullMarked;

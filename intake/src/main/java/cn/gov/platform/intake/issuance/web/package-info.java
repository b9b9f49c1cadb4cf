@NullMarked
package cn.gov.platform.intake.issuance.web;

import org.jspecify.annotations.NullMarked;

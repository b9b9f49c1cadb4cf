/** The public (no login) result list. */
@NullMarked
package cn.gov.platform.intake.publicity.web;

import org.jspecify.annotations.NullMarked;

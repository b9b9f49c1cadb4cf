/** The public follow-up lookup and the internal lookup for an SMS sender. */
@NullMarked
package cn.gov.platform.intake.followup.web;

import org.jspecify.annotations.NullMarked;

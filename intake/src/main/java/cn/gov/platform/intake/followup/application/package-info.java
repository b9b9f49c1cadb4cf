/** The follow-up use cases and their ports (sealed suffixes, failed tries, the applicant as identity knows them). */
@NullMarked
package cn.gov.platform.intake.followup.application;

import org.jspecify.annotations.NullMarked;

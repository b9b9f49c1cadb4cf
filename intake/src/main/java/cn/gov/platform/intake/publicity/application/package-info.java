/** Publication on approval and the public query; ports for names and storage. */
@NullMarked
package cn.gov.platform.intake.publicity.application;

import org.jspecify.annotations.NullMarked;

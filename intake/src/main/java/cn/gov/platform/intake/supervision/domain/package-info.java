/** Lights, division scopes and the contribution each case, rating or complaint makes to the figures; no Spring, no MongoDB. */
@NullMarked
package cn.gov.platform.intake.supervision.domain;

import org.jspecify.annotations.NullMarked;

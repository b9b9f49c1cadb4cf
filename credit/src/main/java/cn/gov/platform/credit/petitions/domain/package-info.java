/** The petition aggregate and its state machine. */
@NullMarked
package cn.gov.platform.credit.petitions.domain;

import org.jspecify.annotations.NullMarked;

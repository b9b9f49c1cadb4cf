/** Filing and deciding petitions. */
@NullMarked
package cn.gov.platform.credit.petitions.application;

import org.jspecify.annotations.NullMarked;

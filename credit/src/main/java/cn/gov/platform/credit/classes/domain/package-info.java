/** The documented classification rules. */
@NullMarked
package cn.gov.platform.credit.classes.domain;

import org.jspecify.annotations.NullMarked;

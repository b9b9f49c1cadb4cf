/** The enterprise aggregate, its credit code and membership rules. */
@NullMarked
package cn.gov.platform.identity.enterprise.domain;

import org.jspecify.annotations.NullMarked;

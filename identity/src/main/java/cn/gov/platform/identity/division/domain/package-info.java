/** Division codes and the division tree; pure Java, no framework. */
@NullMarked
package cn.gov.platform.identity.division.domain;

import org.jspecify.annotations.NullMarked;

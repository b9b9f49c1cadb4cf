/** MongoDB adapter for enterprises. */
@NullMarked
package cn.gov.platform.identity.enterprise.infrastructure;

import org.jspecify.annotations.NullMarked;

/** Legal persons: enterprises, their legal representative and the members who act for them. */
@NullMarked
package cn.gov.platform.identity.enterprise;

import org.jspecify.annotations.NullMarked;

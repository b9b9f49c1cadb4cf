/** Health checks that stay cheap whatever the size of the data. */
@NullMarked
package cn.gov.platform.support.health;

import org.jspecify.annotations.NullMarked;

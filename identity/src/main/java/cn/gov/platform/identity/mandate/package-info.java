/** Village agents and the mandates villagers give them (代办, INT-10). */
@NullMarked
package cn.gov.platform.identity.mandate;

import org.jspecify.annotations.NullMarked;

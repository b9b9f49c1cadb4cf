/** Natural persons: registration, real-name verification, protected personal data. */
@NullMarked
package cn.gov.platform.identity.person;

import org.jspecify.annotations.NullMarked;

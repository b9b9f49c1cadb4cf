/** Use cases on persons: register (with compensation), verify, look up contact data. */
@NullMarked
package cn.gov.platform.identity.person.application;

import org.jspecify.annotations.NullMarked;

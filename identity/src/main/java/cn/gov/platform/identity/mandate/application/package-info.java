/** Use cases on mandates and the cached mandate check other services call. */
@NullMarked
package cn.gov.platform.identity.mandate.application;

import org.jspecify.annotations.NullMarked;

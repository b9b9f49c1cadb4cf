/** Records changes with who, when and the request id. */
@NullMarked
package cn.gov.platform.identity.audit.application;

import org.jspecify.annotations.NullMarked;

/** The little code every service needs the same way: problem details, token validation, masking, request ids. */
@NullMarked
package cn.gov.platform.support;

import org.jspecify.annotations.NullMarked;

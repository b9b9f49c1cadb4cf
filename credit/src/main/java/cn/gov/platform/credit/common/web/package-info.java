/** Maps domain failures to problem+json. */
@NullMarked
package cn.gov.platform.credit.common.web;

import org.jspecify.annotations.NullMarked;

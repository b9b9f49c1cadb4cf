/** Internal check and feedback endpoints. */
@NullMarked
package cn.gov.platform.credit.checks.web;

import org.jspecify.annotations.NullMarked;

/** What credit's controllers share: the acting user from the token. */
@NullMarked
package cn.gov.platform.credit.common.web;

import org.jspecify.annotations.NullMarked;

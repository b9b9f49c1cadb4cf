/** Request ids and the caller as known from the token. */
@NullMarked
package cn.gov.platform.support.web;

import org.jspecify.annotations.NullMarked;

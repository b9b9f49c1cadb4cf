/** Holder keys: the internal endpoints certificates asks. */
@NullMarked
package cn.gov.platform.identity.holder.web;

import org.jspecify.annotations.NullMarked;

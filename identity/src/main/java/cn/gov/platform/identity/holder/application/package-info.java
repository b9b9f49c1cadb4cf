/** Holder keys: resolving numbers to keys and accounts, an account's own keys. */
@NullMarked
package cn.gov.platform.identity.holder.application;

import org.jspecify.annotations.NullMarked;

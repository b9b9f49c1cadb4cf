/** The caller's own profile: who the platform knows them to be. */
@NullMarked
package cn.gov.platform.identity.me;

import org.jspecify.annotations.NullMarked;

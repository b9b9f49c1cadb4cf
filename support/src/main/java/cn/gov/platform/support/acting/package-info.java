/**
 * Acting for an enterprise (issue 18, point 1): the {@code X-Acting-For} header a member sends
 * with every call, and the one way every service answers it: identity says whether the caller is
 * a member and in which role, asked on every request (never cached, so a removed member is
 * refused at once), and the service refuses what the role does not allow.
 */
@NullMarked
package cn.gov.platform.support.acting;

import org.jspecify.annotations.NullMarked;

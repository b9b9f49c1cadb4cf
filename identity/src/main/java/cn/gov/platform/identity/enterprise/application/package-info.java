/** Use cases on enterprises: register, authorise and revoke members. */
@NullMarked
package cn.gov.platform.identity.enterprise.application;

import org.jspecify.annotations.NullMarked;

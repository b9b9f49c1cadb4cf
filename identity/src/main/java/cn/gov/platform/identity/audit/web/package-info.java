/** Admin query of the audit trail and a person's view of their own. */
@NullMarked
package cn.gov.platform.identity.audit.web;

import org.jspecify.annotations.NullMarked;

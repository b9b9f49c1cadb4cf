/** The internal read of an account's credit subject, for the credit service and intake. */
@NullMarked
package cn.gov.platform.identity.subject.web;

import org.jspecify.annotations.NullMarked;

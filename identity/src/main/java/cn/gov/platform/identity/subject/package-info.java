/**
 * Credit subjects (CRE-1): who an account is for the credit service and for result publicity, the
 * enterprise it represents or the natural person. Built on persons and enterprises, so that neither
 * of those needs the other for it.
 */
@NullMarked
package cn.gov.platform.identity.subject;

import org.jspecify.annotations.NullMarked;

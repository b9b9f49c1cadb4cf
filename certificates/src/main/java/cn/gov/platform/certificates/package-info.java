/** Certificates service: signed electronic certificates, issued, verified, revoked, shared. */
@NullMarked
package cn.gov.platform.certificates;

import org.jspecify.annotations.NullMarked;

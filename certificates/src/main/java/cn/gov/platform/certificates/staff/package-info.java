/**
 * Staff authority (issue 18, IDN-3): a staff role a token claims counts only once identity's staff
 * check confirms it at the token's department and division, as intake and credit ask it.
 */
@NullMarked
package cn.gov.platform.certificates.staff;

import org.jspecify.annotations.NullMarked;

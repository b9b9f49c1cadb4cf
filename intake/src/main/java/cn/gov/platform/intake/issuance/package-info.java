/**
 * Certificate issuance on approval (issue 5, CER-1): an approved case whose item results in an
 * e-certificate gets it from the certificate registry, reliably and exactly once, and staff can
 * fetch certificates an applicant shared instead of asking for paper (CAT-3).
 */
@NullMarked
package cn.gov.platform.intake.issuance;

import org.jspecify.annotations.NullMarked;

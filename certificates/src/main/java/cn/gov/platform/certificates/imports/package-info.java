/** Bulk import of legacy (paper-era) certificates from CSV (CER-4): per-row report, progress, resumable. */
@NullMarked
package cn.gov.platform.certificates.imports;

import org.jspecify.annotations.NullMarked;

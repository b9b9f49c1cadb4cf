/** Bulk import of list entries and penalty records (CSV or JSON lines). */
@NullMarked
package cn.gov.platform.credit.imports;

import org.jspecify.annotations.NullMarked;

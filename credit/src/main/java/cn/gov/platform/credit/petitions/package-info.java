/** Objections and credit repair (CRE-3) with working-day deadlines. */
@NullMarked
package cn.gov.platform.credit.petitions;

import org.jspecify.annotations.NullMarked;

/** What the public may see of credit records, with personal data masked. */
@NullMarked
package cn.gov.platform.credit.publicity;

import org.jspecify.annotations.NullMarked;

/** What a printed certificate shows, and the port that prints it. */
@NullMarked
package cn.gov.platform.certificates.wallet.domain;

import org.jspecify.annotations.NullMarked;

/** HTTP endpoints of the wallet. */
@NullMarked
package cn.gov.platform.certificates.wallet.web;

import org.jspecify.annotations.NullMarked;

/** Wallet use cases: the caller's own certificates, one in detail, and its printable PDF. */
@NullMarked
package cn.gov.platform.certificates.wallet.application;

import org.jspecify.annotations.NullMarked;

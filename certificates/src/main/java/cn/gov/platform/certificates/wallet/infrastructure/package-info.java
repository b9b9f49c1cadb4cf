/** PDF rendering with a QR code (PDFBox, ZXing). */
@NullMarked
package cn.gov.platform.certificates.wallet.infrastructure;

import org.jspecify.annotations.NullMarked;

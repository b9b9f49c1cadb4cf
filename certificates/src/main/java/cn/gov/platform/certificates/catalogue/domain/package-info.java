/** Certificate types and the rules that check a certificate's data against its type. */
@NullMarked
package cn.gov.platform.certificates.catalogue.domain;

import org.jspecify.annotations.NullMarked;

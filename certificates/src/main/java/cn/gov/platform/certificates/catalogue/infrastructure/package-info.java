/** Loads the certificate-type catalogue from its data file. */
@NullMarked
package cn.gov.platform.certificates.catalogue.infrastructure;

import org.jspecify.annotations.NullMarked;

/** Public read-only HTTP view of the certificate-type catalogue. */
@NullMarked
package cn.gov.platform.certificates.catalogue.web;

import org.jspecify.annotations.NullMarked;

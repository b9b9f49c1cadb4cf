/** Publishes the public verification keys. */
@NullMarked
package cn.gov.platform.certificates.signing.web;

import org.jspecify.annotations.NullMarked;

/** The certificate aggregate, its status machine, numbers, holders and verification outcomes. */
@NullMarked
package cn.gov.platform.certificates.registry.domain;

import org.jspecify.annotations.NullMarked;

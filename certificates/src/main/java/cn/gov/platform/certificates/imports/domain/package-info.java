/** Import jobs, CSV rows and the rules that turn a row into an issue request. */
@NullMarked
package cn.gov.platform.certificates.imports.domain;

import org.jspecify.annotations.NullMarked;

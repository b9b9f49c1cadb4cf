/** HTTP endpoints to upload a legacy CSV and follow its progress. */
@NullMarked
package cn.gov.platform.certificates.imports.web;

import org.jspecify.annotations.NullMarked;

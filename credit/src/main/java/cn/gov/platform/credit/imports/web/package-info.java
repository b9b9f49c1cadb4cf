/** Upload and progress endpoints. */
@NullMarked
package cn.gov.platform.credit.imports.web;

import org.jspecify.annotations.NullMarked;

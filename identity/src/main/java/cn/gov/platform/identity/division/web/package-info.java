/** Public read API over the division tree. */
@NullMarked
package cn.gov.platform.identity.division.web;

import org.jspecify.annotations.NullMarked;

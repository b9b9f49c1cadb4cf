/** Public listing of measures. */
@NullMarked
package cn.gov.platform.credit.measures.web;

import org.jspecify.annotations.NullMarked;

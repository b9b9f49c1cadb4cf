/** Staff and public endpoints for entries. */
@NullMarked
package cn.gov.platform.credit.lists.web;

import org.jspecify.annotations.NullMarked;

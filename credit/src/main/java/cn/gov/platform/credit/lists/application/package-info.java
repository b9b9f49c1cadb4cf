/** Use cases on entries and the ports they need. */
@NullMarked
package cn.gov.platform.credit.lists.application;

import org.jspecify.annotations.NullMarked;

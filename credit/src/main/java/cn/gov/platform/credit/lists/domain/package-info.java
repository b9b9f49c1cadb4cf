/** List entries, their states and list types. */
@NullMarked
package cn.gov.platform.credit.lists.domain;

import org.jspecify.annotations.NullMarked;

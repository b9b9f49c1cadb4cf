/** MongoDB store of entries and the in-memory index kept in step through Redis pub/sub. */
@NullMarked
package cn.gov.platform.credit.lists.infrastructure;

import org.jspecify.annotations.NullMarked;

/** Red and black list entries (CRE-1) and the in-memory index of entries in force. */
@NullMarked
package cn.gov.platform.credit.lists;

import org.jspecify.annotations.NullMarked;

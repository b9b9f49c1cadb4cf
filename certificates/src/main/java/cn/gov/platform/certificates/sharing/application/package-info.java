/** Sharing use cases: grant, withdraw, list, fetch as a department, list uses. */
@NullMarked
package cn.gov.platform.certificates.sharing.application;

import org.jspecify.annotations.NullMarked;

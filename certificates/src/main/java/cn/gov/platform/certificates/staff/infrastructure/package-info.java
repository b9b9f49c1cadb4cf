@NullMarked
package cn.gov.platform.certificates.staff.infrastructure;

import org.jspecify.annotations.NullMarked;

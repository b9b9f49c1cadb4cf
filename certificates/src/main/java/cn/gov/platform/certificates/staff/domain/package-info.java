@NullMarked
package cn.gov.platform.certificates.staff.domain;

import org.jspecify.annotations.NullMarked;

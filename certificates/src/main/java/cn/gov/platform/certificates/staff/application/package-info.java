@NullMarked
package cn.gov.platform.certificates.staff.application;

import org.jspecify.annotations.NullMarked;

/** Supervisors' view of classes. */
@NullMarked
package cn.gov.platform.credit.classes.web;

import org.jspecify.annotations.NullMarked;

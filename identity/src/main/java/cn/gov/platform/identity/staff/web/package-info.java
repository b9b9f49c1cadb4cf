/** Admin API for positions and the internal authority check. */
@NullMarked
package cn.gov.platform.identity.staff.web;

import org.jspecify.annotations.NullMarked;

/** Credit service: red and black lists, joint measures, objections and repair, double publicity. */
@NullMarked
package cn.gov.platform.credit;

import org.jspecify.annotations.NullMarked;

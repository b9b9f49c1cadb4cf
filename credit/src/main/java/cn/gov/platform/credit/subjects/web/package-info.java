/** Whose credit record an applicant's request is about. */
@NullMarked
package cn.gov.platform.credit.subjects.web;

import org.jspecify.annotations.NullMarked;

/** The internal reads of who an applicant subject is (a person, person record or enterprise): credit subject and SMS contact. */
@NullMarked
package cn.gov.platform.identity.subject.web;

import org.jspecify.annotations.NullMarked;

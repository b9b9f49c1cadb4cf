/** Credit subjects: natural persons by keyed hash of the identity number, legal persons by credit code. */
@NullMarked
package cn.gov.platform.credit.subjects;

import org.jspecify.annotations.NullMarked;

/** Subject keys and the keyed hash; no framework. */
@NullMarked
package cn.gov.platform.credit.subjects.domain;

import org.jspecify.annotations.NullMarked;

/** The person aggregate, its validated identifiers and the ports it needs, in domain language. */
@NullMarked
package cn.gov.platform.identity.person.domain;

import org.jspecify.annotations.NullMarked;

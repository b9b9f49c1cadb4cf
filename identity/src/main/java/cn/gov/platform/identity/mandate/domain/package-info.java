/** Mandates, agents, consent and the rules deciding whether an agent may act now. */
@NullMarked
package cn.gov.platform.identity.mandate.domain;

import org.jspecify.annotations.NullMarked;

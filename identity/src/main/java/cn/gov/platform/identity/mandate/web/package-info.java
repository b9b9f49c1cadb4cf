/** HTTP API for mandates, agents and the internal mandate check. */
@NullMarked
package cn.gov.platform.identity.mandate.web;

import org.jspecify.annotations.NullMarked;

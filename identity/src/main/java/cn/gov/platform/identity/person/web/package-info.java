/** HTTP API for registration, verification and the internal contact lookup. */
@NullMarked
package cn.gov.platform.identity.person.web;

import org.jspecify.annotations.NullMarked;

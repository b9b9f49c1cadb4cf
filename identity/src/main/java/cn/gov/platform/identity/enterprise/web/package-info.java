/** HTTP API for enterprises. */
@NullMarked
package cn.gov.platform.identity.enterprise.web;

import org.jspecify.annotations.NullMarked;

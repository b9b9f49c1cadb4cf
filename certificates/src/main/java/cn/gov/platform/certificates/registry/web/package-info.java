/** HTTP endpoints of the registry: internal issue, public verification, staff status changes. */
@NullMarked
package cn.gov.platform.certificates.registry.web;

import org.jspecify.annotations.NullMarked;

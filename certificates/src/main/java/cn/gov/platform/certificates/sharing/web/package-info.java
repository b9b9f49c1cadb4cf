/** HTTP endpoints for holders granting shares and departments fetching shared certificates. */
@NullMarked
package cn.gov.platform.certificates.sharing.web;

import org.jspecify.annotations.NullMarked;

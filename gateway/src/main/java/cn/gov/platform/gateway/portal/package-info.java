/** The web portal: its static files, the page's runtime configuration and its content security policy. */
@NullMarked
package cn.gov.platform.gateway.portal;

import org.jspecify.annotations.NullMarked;

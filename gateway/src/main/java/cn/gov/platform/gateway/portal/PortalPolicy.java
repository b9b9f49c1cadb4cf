package cn.gov.platform.gateway.portal;

import java.net.URI;

/**
 * The content security policy of everything the gateway answers. Scripts and styles only from
 * the gateway itself (no inline script, no eval); the page may call the gateway and the login
 * server's token endpoint; images may be data or blob URLs (the certificate's QR and PDF);
 * the portal may frame only its own blob URLs (a case's material previewed in place, issue 17);
 * nothing may frame the portal.
 */
public record PortalPolicy(URI issuer) {

    public String contentSecurityPolicy() {
        String login = PortalConfiguration.origin(issuer).toString();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "connect-src 'self' " + login + "; form-action 'self' " + login + "; "
                + "media-src 'self' blob:; frame-src blob:; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
    }
}

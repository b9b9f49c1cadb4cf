package cn.gov.platform.gateway.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Failures the client caused (a body too large, a malformed request), possibly wrapped by the
 * HTTP client that was sending the body on: answered as such, never as the service's fault.
 */
public final class ClientFault {

    private ClientFault() {
    }

    public static boolean is(Throwable failure) {
        return find(failure) != null;
    }

    public static @Nullable ResponseStatusException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResponseStatusException e && e.getStatusCode().is4xxClientError()) {
                return e;
            }
        }
        return null;
    }
}

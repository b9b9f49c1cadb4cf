package cn.gov.platform.devprofile.identity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the real-name verification provider on a local machine, started only when
 * {@code identity.real-name.dev-stub=true} ({@code REALNAME_DEV_STUB}) on the host and port of
 * {@code REALNAME_PROVIDER_URL}. It runs outside the service's own HTTP stack, so the adapter
 * talks to it over real HTTP exactly as to the provider. Rule: every well-formed request
 * matches, except a name containing 不符 ("does not match"), which lets a tester see a failed
 * verification on purpose.
 */
public final class DevRealNameProvider implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevRealNameProvider.class);

    private final HttpServer server;

    public DevRealNameProvider(URI url, JsonMapper json) {
        try {
            server = HttpServer.create(new InetSocketAddress(url.getHost(), url.getPort()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dev real-name provider on " + url, e);
        }
        server.createContext("/v1/verifications", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                JsonNode request = json.readTree(exchange.getRequestBody());
                String name = request.path("name").asString("");
                boolean matched = !name.isBlank() && !name.contains("不符") && request.path("idNumber").asString("").length() == 18;
                byte[] body = ("{\"result\":\"" + (matched ? "MATCH" : "NO_MATCH") + "\",\"method\":\"DEV_STUB\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (RuntimeException e) {
                log.warn("Dev real-name provider could not answer", e);
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        log.warn("Dev real-name provider stub listening on {} (local development only)", url);
    }

    /** The port it listens on (the URL's, or a free one when that was 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

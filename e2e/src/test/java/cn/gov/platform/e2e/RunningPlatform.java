package cn.gov.platform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import cn.gov.platform.testkit.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as {@code ./platform up} started it: the gateway, the real Keycloak, and the
 * platform script itself for stopping and starting a component.
 */
public final class RunningPlatform {

    public static final String GATEWAY = System.getProperty("platform.gateway", "http://localhost:8080");
    public static final String KEYCLOAK = System.getProperty("platform.keycloak", "http://localhost:8180");
    public static final String PASSWORD = "Demo#2026";
    /**
     * How far this platform's ports moved (PLATFORM_PORT_OFFSET): ./platform e2e names the gateway's
     * address, and every other port moved by as much.
     */
    public static final int PORT_OFFSET = URI.create(GATEWAY).getPort() - 8080;
    /** Intake itself, for its internal operations (the gateway does not route {@code /internal/**}). */
    public static final String INTAKE = System.getProperty("platform.intake", "http://localhost:" + (8082 + PORT_OFFSET));
    /** The platform's local MongoDB-wire store. */
    public static final String STORE = System.getProperty("platform.store", "mongodb://127.0.0.1:" + (27017 + PORT_OFFSET));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningPlatform() {
    }

    public static Api gateway() {
        return new Api(GATEWAY);
    }

    /** Logs in with the password grant (enabled in the local realm only) and returns the access token. */
    public static String login(String username) {
        return login("gov-portal", username);
    }

    public static String login(String clientId, String username) {
        JsonNode token = tokenRequest(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", PASSWORD));
        return token.get("access_token").asString();
    }

    public static JsonNode tokenRequest(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/gov/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the login: " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of intake's own service account (realm role {@code service}), as intake's scheduler acts. */
    public static String intakeServiceToken() {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", "svc-intake",
                "client_secret", "local-intake-secret")).get("access_token").asString();
    }

    /** Runs {@code ./platform ARGS} and waits for it. */
    public static void platform(String... args) {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        String[] command = new String[args.length + 1];
        command[0] = root.resolve("platform").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("./platform " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.gov.platform.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, point 4: every error a client can provoke at the gateway is problem+json with a
 * stable code, whether Netty, Spring, the firewall, the gateway itself or a service's container
 * refused the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorsAsProblemsIT {

    static final WireMockServer services = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        services.start();
        TestPlatform.get().register(registry, "gateway");
        registry.add("IDENTITY_URI", services::baseUrl);
        registry.add("INTAKE_URI", services::baseUrl);
        registry.add("CERTIFICATES_URI", services::baseUrl);
        registry.add("platform.gateway.rate-limit.replenish-rate", () -> "1000");
        registry.add("platform.gateway.rate-limit.burst-capacity", () -> "1000");
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @LocalServerPort
    int port;
    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api("http://127.0.0.1:" + port);
        token = TestPlatform.get().issuer().token("demo-citizen", "citizen");
        services.resetAll();
        services.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void refusesEncodedDotsAndSlashesInThePathAsProblemJsonBeforeAnyService() {
        for (String path : new String[] {"/api/intake/catalogue/%2e%2e%2fcases", "/api/intake/catalogue/a%2Fb",
                "/api/intake/catalogue/%2E%2E/cases", "/api/intake/catalogue/..;/cases"}) {
            Api.Reply reply = api.get(path, token);

            assertThat(reply.status()).as(path).isEqualTo(400);
            assertProblem(reply, "REQUEST_REJECTED");
            assertThat(reply.json().get("message").get("zh").asString()).contains("%2F");
        }
        services.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void answersAUriSpringCannotParseAsProblemJson() throws IOException {
        Raw reply = raw("GET /api/intake/catalogue/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(reply.status).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
        assertThat(reply.json().get("requestId").asString()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void answersARequestLineNettyCannotDecodeAsProblemJson() throws IOException {
        Raw reply = raw("GET /api/intake/catalogue/a b c\r\nHost: localhost\r\n\r\n");

        assertThat(reply.status).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void answersHeadersTooLargeAsProblemJson() {
        Api.Reply reply = api.send("GET", "/api/intake/catalogue/items", null, null, Map.of("X-Padding", "x".repeat(20_000)));

        assertThat(reply.status()).isEqualTo(431);
        assertProblem(reply, "HEADERS_TOO_LARGE");
        assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void answersAnAddressTooLongAsProblemJson() {
        Api.Reply reply = api.get("/api/intake/catalogue/" + "a".repeat(5_000), null);

        assertThat(reply.status()).isEqualTo(414);
        assertProblem(reply, "URI_TOO_LONG");
    }

    @Test
    void answersAMethodNobodyServesWith405ProblemJson() {
        Api.Reply reply = api.send("TRACE", "/api/intake/catalogue/items", null, null, Map.of());

        assertThat(reply.status()).isEqualTo(405);
        assertProblem(reply, "METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).contains("GET");
        services.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void relaysAServicesOwnProblemForAnUnsupportedMediaTypeUntouched() {
        services.stubFor(post(urlPathEqualTo("/api/certificates/imports")).willReturn(aResponse().withStatus(415)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":415,\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"detail\":\"send text/csv\","
                        + "\"message\":{\"zh\":\"请发送 text/csv\",\"en\":\"send text/csv\"}}")));

        Api.Reply reply = api.send("POST", "/api/certificates/imports", token, "<xml/>",
                Map.of("Content-Type", "application/xml"));

        assertThat(reply.status()).isEqualTo(415);
        assertProblem(reply, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(reply.json().get("detail").asString()).isEqualTo("send text/csv");
    }

    @Test
    void turnsAServiceContainersHtmlErrorPageIntoProblemJsonOfTheSameStatus() {
        services.stubFor(get(urlPathMatching("/api/identity/broken.*")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html;charset=utf-8")
                .withBody("<!doctype html><html><body><h1>HTTP Status 400 – Bad Request</h1></body></html>")));
        services.stubFor(any(urlPathEqualTo("/api/identity/me")).willReturn(aResponse().withStatus(405)));

        Api.Reply page = api.get("/api/identity/broken", token);
        Api.Reply empty = api.send("DELETE", "/api/identity/me", token, null, Map.of());

        assertThat(page.status()).isEqualTo(400);
        assertProblem(page, "MALFORMED_REQUEST");
        assertThat(page.body()).doesNotContain("<html");
        assertThat(empty.status()).isEqualTo(405);
        assertProblem(empty, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aClientThatSendsItsWholeBodyBeforeReadingGetsTheProblemNotAReset() throws Exception {
        byte[] eightMebibytes = new byte[8 * 1024 * 1024];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/intake/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(eightMebibytes)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(reply.body());
            assertThat(problem.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(problem.get("message").get("en").asString()).contains("1 MiB");
        }
        services.verify(0, anyRequestedFor(urlPathEqualTo("/api/intake/cases")));
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsAnswered413NotAsTheServicesFailure() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024]));

        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/intake/cases"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(chunked).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(reply.body()).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(api.get("/api/intake/cases", token).status()).as("the next request on a fresh connection")
                .isEqualTo(200);
    }

    @Test
    void aClientThatWaitsForContinueIsAnsweredAtOnceWithoutSendingItsBody() throws IOException {
        Raw reply = raw("POST /api/intake/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\nExpect: 100-continue\r\n\r\n");

        assertThat(reply.status).isEqualTo(413);
        assertThat(reply.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private void assertProblem(Api.Reply reply, String code) {
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo(code);
        assertThat(reply.json().get("status").asInt()).isEqualTo(reply.status());
        assertThat(reply.json().get("message").get("zh").asString()).isNotBlank();
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Sends bytes no well-behaved client would, and reads one answer until the server ends it. */
    private Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Raw raw = new Raw(Integer.parseInt(lines[0].split(" ")[1]), lines, new byte[0]);
            int length = Integer.parseInt(raw.header("Content-Length"));
            return new Raw(raw.status, lines, in.readNBytes(length));
        }
    }

    record Raw(int status, String[] head, byte[] body) {

        String header(String name) {
            for (String line : head) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }
    }
}

package cn.gov.platform.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.support.web.problemapp.ProblemApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A servlet service on Tomcat answers every refusal a client can provoke with problem+json,
 * whether Tomcat refused the request before Spring saw it, the container dispatched an error
 * to {@code /error}, or Spring MVC refused it.
 */
@SpringBootTest(classes = ProblemApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.import=classpath:platform-defaults.yml",
        "platform.database=problems", "platform.service-path=demo",
        "platform.security.issuer=http://127.0.0.1:1/realms/gov",
        "platform.security.jwk-set-uri=http://127.0.0.1:1/realms/gov/protocol/openid-connect/certs",
        "platform.security.public-paths=/api/demo/**", "platform.security.public-post-paths=/api/demo/**"})
class ContainerProblemsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // Tomcat refuses these before Spring sees them.
            "GET    | /api/demo/a%2Fb                | | 400 | MALFORMED_REQUEST",
            "GET    | /api/demo/%2e%2e%2fthings      | | 400 | MALFORMED_REQUEST",
            "GET    | /api/demo/%zz                  | | 400 | MALFORMED_REQUEST",
            "GET    | /api/demo/things               | X-Padding: {padding} | 400 | MALFORMED_REQUEST",
            // The container's error dispatch.
            "TRACE  | /api/demo/things               | | 405 | METHOD_NOT_ALLOWED",
            // Spring MVC.
            "POST   | /api/demo/info                 | Content-Type: application/json | 405 | METHOD_NOT_ALLOWED",
            "POST   | /api/demo/things               | Content-Type: text/plain | 415 | UNSUPPORTED_MEDIA_TYPE",
            "GET    | /api/demo/nothing-here         | | 404 | NOT_FOUND"})
    void answersEveryRefusalAsProblemJson(String method, String path, String header, int status, String code)
            throws IOException {
        String extra = header == null ? "" : header.replace("{padding}", "x".repeat(20_000)) + "\r\n";
        String body = method.equals("POST") ? "thing" : "";

        Raw reply = raw(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extra
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.text()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.has("code")).as(reply.text()).isTrue();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("message").get("zh").asString()).isNotBlank();
        assertThat(problem.get("message").get("en").asString()).isNotBlank();
        assertThat(reply.text()).doesNotContain("<html").doesNotContain("Tomcat");
    }

    private Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return new Raw(all.toString(StandardCharsets.UTF_8));
        }
    }

    record Raw(String text) {

        int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        String header(String name) {
            for (String line : text.substring(0, text.indexOf("\r\n\r\n")).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        JsonNode json() {
            String body = text.substring(text.indexOf("\r\n\r\n") + 4);
            if ("chunked".equalsIgnoreCase(header("Transfer-Encoding"))) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return JSON.readTree(body);
        }
    }
}

package cn.gov.platform.devprofile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.fees.domain.CallbackSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-in bank opens a collection, shows its page, records the payment in the day's statement and
 * sends intake a callback that intake's own signature check accepts; a dropped callback leaves the payment in
 * the statement only.
 */
class DevBankTest {

    private static final String SECRET = "local-only-bank-stand-in-secret-not-for-production";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private HttpServer intake;
    private DevBank bank;

    @BeforeEach
    void start() throws IOException {
        intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        intake.createContext("/api/intake/payments/callbacks/bank", ex -> {
            try (ex) {
                received.add(new String[] {ex.getRequestHeaders().getFirst("X-Payment-Timestamp"),
                        ex.getRequestHeaders().getFirst("X-Payment-Signature"),
                        new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)});
                ex.sendResponseHeaders(200, -1);
            }
        });
        intake.start();
        bank = new DevBank(URI.create("http://127.0.0.1:0"), SECRET, json, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        bank.close();
        intake.stop(0);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bank.port() + path))
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String open(String number) throws Exception {
        JsonNode answer = json.readTree(send("POST", "/v1/collections", "{\"paymentNumber\":\"" + number
                + "\",\"amountYuan\":\"80.00\",\"description\":\"不动产转移登记\",\"payee\":\"同心县自然资源局\","
                + "\"callbackUrl\":\"http://127.0.0.1:" + intake.getAddress().getPort()
                + "/api/intake/payments/callbacks/bank\"}").body());
        return URI.create(answer.get("payUrl").asString()).getPath();
    }

    @Test
    void payingOnThePageSendsACallbackIntakesCheckAcceptsAndShowsInTheStatement() throws Exception {
        String page = open("JK640324-2026-0000001");

        HttpResponse<String> shown = send("GET", page, null);
        assertThat(shown.body()).contains("¥80.00", "data-test=\"bank-pay\"").doesNotContain("<script");
        assertThat(shown.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("default-src 'none'"));
        assertThat(send("POST", page, "").body()).contains("data-test=\"bank-paid\"");

        assertThat(received).singleElement().satisfies(r -> {
            assertThat(new CallbackSignature(SECRET).check(r[0], r[1], r[2].getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), NOW)).isEqualTo(CallbackSignature.Check.VALID);
            assertThat(r[2]).contains("\"paymentNumber\":\"JK640324-2026-0000001\"", "\"amountYuan\":\"80.00\"");
        });
        JsonNode statement = json.readTree(send("GET", "/v1/statements/2026-03-02", null).body());
        assertThat(statement.get("lines").get(0).get("paymentNumber").asString()).isEqualTo("JK640324-2026-0000001");
        assertThat(json.readTree(send("GET", "/v1/statements/2026-03-01", null).body()).get("lines")).isEmpty();
    }

    @Test
    void aDroppedCallbackLeavesThePaymentInTheStatementOnlyAndARefundIsCalledBack() throws Exception {
        String page = open("JK640324-2026-0000002");
        send("POST", "/stub/drop-next-callback", "");

        send("POST", page, "");

        assertThat(received).isEmpty();
        assertThat(send("GET", "/v1/statements/2026-03-02", null).body()).contains("JK640324-2026-0000002");
        assertThat(send("POST", "/stub/refunds?paymentNumber=JK640324-2026-0000002", "").statusCode()).isEqualTo(200);
        assertThat(received).singleElement().satisfies(r -> assertThat(r[2]).contains("\"type\":\"REFUND\""));
        assertThat(send("POST", "/stub/refunds?paymentNumber=JK640324-2026-0000009", "").statusCode()).isEqualTo(404);
    }
}

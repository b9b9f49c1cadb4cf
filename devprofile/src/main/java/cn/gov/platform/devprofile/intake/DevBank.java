package cn.gov.platform.devprofile.intake;

import cn.gov.platform.intake.fees.domain.CallbackSignature;
import cn.gov.platform.kernel.ChinaTime;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the bank's collection service (银行代收) on a local machine, like the SMS and data-sharing
 * stand-ins: {@code POST /v1/collections} opens a collection and answers its page {@code /pay/{id}}, where
 * the payer "pays" (a server-rendered form, no script); paying records the payment in the day's statement
 * ({@code GET /v1/statements/{date}}) and sends intake a signed callback (HMAC-SHA256 over timestamp, LF,
 * body). For the tests: {@code POST /stub/drop-next-callback} drops the next callback (the statement still
 * shows the payment, for reconciliation to find), {@code POST /stub/refunds?paymentNumber=} refunds a
 * payment with a signed REFUND callback.
 */
public final class DevBank implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevBank.class);
    private static final Pattern ID = Pattern.compile("[a-f0-9-]{36}");
    private static final String CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'";

    private record Collection(String id, String paymentNumber, String amountYuan, String description, String payee,
            String callbackUrl) {
    }

    private record Line(String paymentNumber, String amountYuan, String reference, String kind, Instant at) {
    }

    private final HttpServer server;
    private final CallbackSignature signature;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Collection> collections = new ConcurrentHashMap<>();
    private final Map<String, String> paid = new ConcurrentHashMap<>();
    private final List<Line> statement = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dropNext = new AtomicBoolean();

    public DevBank(URI url, String secret, JsonMapper json, Clock clock) {
        this.signature = new CallbackSignature(secret);
        this.json = json;
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(url.getHost(), url.getPort()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dev bank on " + url, e);
        }
        String base = "http://" + url.getHost() + ":" + port();
        server.createContext("/v1/collections", ex -> handle(ex, () -> open(ex, base)));
        server.createContext("/v1/statements/", ex -> handle(ex, () -> statement(ex)));
        server.createContext("/pay/", ex -> handle(ex, () -> page(ex)));
        server.createContext("/stub/drop-next-callback", ex -> handle(ex, () -> {
            dropNext.set(true);
            send(ex, 200, "application/json", "{\"dropNext\":true}");
        }));
        server.createContext("/stub/refunds", ex -> handle(ex, () -> refund(ex)));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        log.warn("Dev bank collection stub listening on {} (local development only)", base);
    }

    private interface Work {
        void run() throws IOException;
    }

    private void handle(HttpExchange ex, Work work) {
        try (ex) {
            work.run();
        } catch (IOException | RuntimeException e) {
            log.warn("Dev bank could not answer: {}", e.getClass().getSimpleName());
            try {
                ex.sendResponseHeaders(400, -1);
            } catch (IOException ignored) {
                // The exchange is gone.
            }
        }
    }

    private void open(HttpExchange ex, String base) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(405, -1);
            return;
        }
        JsonNode req = json.readTree(ex.getRequestBody());
        String number = req.path("paymentNumber").asString("");
        Collection c = collections.values().stream().filter(x -> x.paymentNumber().equals(number)).findFirst()
                .orElseGet(() -> {
                    Collection made = new Collection(UUID.randomUUID().toString(), number,
                            req.path("amountYuan").asString(""), req.path("description").asString(""),
                            req.path("payee").asString(""), req.path("callbackUrl").asString(""));
                    collections.put(made.id(), made);
                    return made;
                });
        ObjectNode answer = json.createObjectNode().put("collectionId", c.id()).put("payUrl", base + "/pay/" + c.id());
        send(ex, 200, "application/json", json.writeValueAsString(answer));
    }

    private void statement(HttpExchange ex) throws IOException {
        LocalDate day = LocalDate.parse(ex.getRequestURI().getPath().substring("/v1/statements/".length()));
        ArrayNode lines = json.createArrayNode();
        statement.stream().filter(l -> ChinaTime.dateOf(l.at()).equals(day)).forEach(l -> lines.addObject()
                .put("paymentNumber", l.paymentNumber()).put("amountYuan", l.amountYuan())
                .put("reference", l.reference()).put("kind", l.kind()).put("at", l.at().toString()));
        ObjectNode answer = json.createObjectNode().put("date", day.toString());
        answer.set("lines", lines);
        send(ex, 200, "application/json", json.writeValueAsString(answer));
    }

    private void page(HttpExchange ex) throws IOException {
        String id = ex.getRequestURI().getPath().substring("/pay/".length());
        Collection c = ID.matcher(id).matches() ? collections.get(id) : null;
        if (c == null) {
            send(ex, 404, "text/html; charset=utf-8", html("未找到缴费单 | No such collection", "<p>未找到缴费单。</p>"));
            return;
        }
        if ("POST".equals(ex.getRequestMethod()) && paid.get(c.paymentNumber()) == null) {
            String reference = "BANK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            paid.put(c.paymentNumber(), reference);
            statement.add(new Line(c.paymentNumber(), c.amountYuan(), reference, "PAYMENT", clock.instant()));
            String callback = callback(c.callbackUrl(), "PAYMENT", c.paymentNumber(), c.amountYuan(), reference);
            send(ex, 200, "text/html; charset=utf-8", html("支付成功 | Paid", "<p data-test=\"bank-paid\">支付成功："
                    + esc(c.paymentNumber()) + " ¥" + esc(c.amountYuan()) + "（流水号 " + reference + "）</p>"
                    + "<p>Paid. Callback: " + esc(callback) + "</p><p>请返回政务服务门户查看电子缴款凭证。"
                    + "Return to the portal for the receipt.</p>"));
            return;
        }
        String already = paid.get(c.paymentNumber());
        String body = "<p>收款单位 Payee：" + esc(c.payee()) + "</p><p>事项 For：" + esc(c.description()) + "</p>"
                + "<p>缴款编号 Payment number：<span data-test=\"bank-number\">" + esc(c.paymentNumber())
                + "</span></p><p>金额 Amount：<strong data-test=\"bank-amount\">¥" + esc(c.amountYuan()) + "</strong></p>"
                + (already != null ? "<p data-test=\"bank-paid\">已支付 Paid（" + esc(already) + "）</p>"
                        : "<form method=\"post\" action=\"/pay/" + c.id() + "\"><button type=\"submit\" "
                                + "data-test=\"bank-pay\">确认支付 Pay ¥" + esc(c.amountYuan()) + "</button></form>");
        send(ex, 200, "text/html; charset=utf-8", html("模拟银行收款 | Stand-in bank", body));
    }

    private void refund(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(405, -1);
            return;
        }
        String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String number = query.startsWith("paymentNumber=")
                ? URLDecoder.decode(query.substring("paymentNumber=".length()), StandardCharsets.UTF_8) : "";
        Collection c = collections.values().stream().filter(x -> x.paymentNumber().equals(number)).findFirst()
                .orElse(null);
        if (c == null || paid.get(number) == null) {
            send(ex, 404, "application/json", "{\"error\":\"not paid here\"}");
            return;
        }
        String reference = "REFUND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        statement.add(new Line(number, c.amountYuan(), reference, "REFUND", clock.instant()));
        String outcome = callback(c.callbackUrl(), "REFUND", number, c.amountYuan(), reference);
        send(ex, 200, "application/json", json.writeValueAsString(json.createObjectNode().put("reference", reference)
                .put("callback", outcome)));
    }

    /** Sends a signed callback now, unless the next one is to be dropped; answers what happened. */
    private String callback(String url, String type, String number, String amount, String reference) {
        if (dropNext.getAndSet(false)) {
            log.warn("Dev bank dropped the callback for {} as asked", number);
            return "dropped";
        }
        try {
            byte[] body = json.writeValueAsBytes(json.createObjectNode().put("callbackId", UUID.randomUUID().toString())
                    .put("type", type).put("paymentNumber", number).put("amountYuan", amount)
                    .put("reference", reference));
            String ts = String.valueOf(clock.instant().getEpochSecond());
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").header("X-Payment-Timestamp", ts)
                    .header("X-Payment-Signature", signature.sign(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            return "HTTP " + r.statusCode();
        } catch (IOException e) {
            return "failed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String html(String title, String body) {
        return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title></head><body><h1>"
                + esc(title) + "</h1><p>本页为本地开发用的模拟银行，不会真实扣款。Local stand-in bank: no money moves.</p>"
                + body + "</body></html>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange ex, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
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

package cn.gov.platform.devprofile.intake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the data-sharing exchange (数据共享交换平台) on a local machine, started only when
 * {@code platform.intake.data-sharing.dev-stub=true} ({@code DATA_SHARING_DEV_STUB}) on the host and port
 * of {@code DATA_SHARING_URL}, so that intake's own HTTP adapter talks to it exactly as to the exchange
 * (intake/README.md, "CAT-3: records and references"). It answers for the demo's records: the demo
 * citizen (马文清, identity's demo data) holds a real-estate registration and a tax payment record, the
 * demo enterprise a real-estate registration and a land-use approval; nobody else holds anything, so a
 * tester sees a record not held (and demanded) by filing as anyone else. It never logs the number.
 */
public final class DevDataSharingExchange implements AutoCloseable {

    /** The demo citizen's identity number in identity's demo data (illustrative, not a real person). */
    static final String DEMO_CITIZEN = "640324198503120411";
    /** The demo enterprise's unified social credit code in identity's demo data. */
    static final String DEMO_ENTERPRISE = "91640324MA76TX0DXL";

    private record Held(String reference, String summary, String department, String departmentName) {
    }

    private static final Map<String, Map<String, Held>> RECORDS = Map.of(
            DEMO_CITIZEN, Map.of(
                    "real-estate-registration", new Held("宁(2024)同心县不动产权第0001234号",
                            "同心县豫海镇清水河路 12 号 商业用房 86.50㎡，权利人马文清", "county-natural-resources",
                            "同心县自然资源局（不动产登记中心）"),
                    "tax-payment", new Held("宁税完(2026)6403240001234号", "契税已缴清 | deed tax paid in full",
                            "county-taxation", "国家税务总局同心县税务局")),
            DEMO_ENTERPRISE, Map.of(
                    "real-estate-registration", new Held("宁(2025)同心县不动产权第0004321号",
                            "同心县豫海镇长征路 8 号 商业用房 420.00㎡", "county-natural-resources",
                            "同心县自然资源局（不动产登记中心）"),
                    "land-use-approval", new Held("同自然资用〔2026〕17号", "国有建设用地使用权 1.2 公顷，工业用地",
                            "county-natural-resources", "同心县自然资源局")));

    private static final Logger log = LoggerFactory.getLogger(DevDataSharingExchange.class);

    private final HttpServer server;

    public DevDataSharingExchange(URI url, JsonMapper json) {
        try {
            server = HttpServer.create(new InetSocketAddress(url.getHost(), url.getPort()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the dev data-sharing exchange on " + url, e);
        }
        server.createContext("/api/data-sharing/v1/records/queries", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                JsonNode query = json.readTree(exchange.getRequestBody());
                String recordCode = query.path("recordCode").asString("");
                JsonNode holder = query.path("holder");
                String key = "LEGAL_PERSON".equals(holder.path("kind").asString(""))
                        ? holder.path("creditCode").asString("") : holder.path("idNumber").asString("");
                if (recordCode.isBlank() || key.isBlank()) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                Held held = RECORDS.getOrDefault(key, Map.of()).get(recordCode);
                ObjectNode answer = json.createObjectNode();
                if (held == null) {
                    answer.put("status", "NOT_HELD");
                    answer.put("department", query.path("department").asString(""));
                } else {
                    answer.put("status", "FOUND");
                    answer.put("reference", held.reference());
                    answer.put("summary", held.summary());
                    answer.put("department", held.department());
                    answer.put("departmentName", held.departmentName());
                }
                byte[] body = json.writeValueAsBytes(answer);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (RuntimeException e) {
                log.warn("Dev data-sharing exchange could not answer: {}", e.getClass().getSimpleName());
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        log.warn("Dev data-sharing exchange stub listening on {} (local development only)", url);
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

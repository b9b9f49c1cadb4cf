package cn.gov.platform.devprofile.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.config.NotificationsProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stand-in SMS provider speaks the provider API notifications' adapter speaks, and counts what it got. */
class DevSmsProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private DevSmsProvider provider;

    @TempDir
    Path journal;

    private DevSmsProvider start() {
        NotificationsProperties.Provider config = new NotificationsProperties.Provider("A",
                URI.create("http://127.0.0.1:0"), "local-sms-a-key", "local-sms-a-receipts", 50, Duration.ofSeconds(3));
        provider = new DevSmsProvider(config, journal.toString(), null, JSON, java.time.Clock.systemUTC());
        return provider;
    }

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.close();
        }
    }

    private HttpResponse<String> send(String key, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port() + "/v1/sms"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void acceptsEachClientRefOnceHoweverOftenItIsSentAndKeepsAJournal() throws Exception {
        start();
        String body = "{\"clientRef\":\"e1:p1\",\"to\":\"13909530001\",\"text\":\"您的办件已受理。\"}";

        HttpResponse<String> first = send("local-sms-a-key", body);
        HttpResponse<String> again = send("local-sms-a-key", body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("messageId")).isEqualTo(JSON.readTree(first.body()).get("messageId"));
        JsonNode stats = get("/stub/stats");
        assertThat(stats.get("received").asInt()).isEqualTo(2);
        assertThat(stats.get("unique").asInt()).isEqualTo(1);
        assertThat(stats.get("duplicates").asInt()).isEqualTo(1);
        assertThat(get("/stub/messages?to=13909530001").get("count").asInt()).isEqualTo(2);
        assertThat(Files.readAllLines(journal.resolve("sms-stub-A.jsonl"))).hasSize(2);
    }

    @Test
    void refusesAWrongKeyAndANumberEndingIn0000() throws Exception {
        start();

        assertThat(send("guess", "{\"clientRef\":\"e2:p1\",\"to\":\"13909530001\",\"text\":\"x\"}").statusCode())
                .isEqualTo(401);
        HttpResponse<String> invalid = send("local-sms-a-key", "{\"clientRef\":\"e3:p1\",\"to\":\"13909530000\",\"text\":\"x\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("INVALID_NUMBER");
    }

    @Test
    void countsFromTheJournalSurviveARestart() throws Exception {
        start();
        send("local-sms-a-key", "{\"clientRef\":\"e4:p1\",\"to\":\"13909530001\",\"text\":\"x\"}");
        provider.close();

        start();

        assertThat(get("/stub/stats").get("unique").asInt()).isEqualTo(1);
    }
}

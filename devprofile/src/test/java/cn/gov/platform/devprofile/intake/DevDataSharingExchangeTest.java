package cn.gov.platform.devprofile.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-in answers intake's record query (the body intake's {@code DataSharingClient} sends) for the
 * demo's records: the demo citizen holds a real-estate and a tax record, anyone else holds nothing.
 */
class DevDataSharingExchangeTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private DevDataSharingExchange exchange;

    @BeforeEach
    void start() {
        exchange = new DevDataSharingExchange(URI.create("http://127.0.0.1:0"), json);
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    private HttpResponse<String> query(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exchange.port()
                        + "/api/data-sharing/v1/records/queries")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String person(String recordCode, String idNumber) {
        return """
                {"recordCode":"%s","department":"county-natural-resources",
                 "holder":{"kind":"NATURAL_PERSON","idNumber":"%s","creditCode":null}}""".formatted(recordCode, idNumber);
    }

    @Test
    void theDemoCitizenHoldsARealEstateAndATaxRecord() throws Exception {
        for (String record : new String[] {"real-estate-registration", "tax-payment"}) {
            HttpResponse<String> answer = query(person(record, DevDataSharingExchange.DEMO_CITIZEN));

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(answer.body());
            assertThat(body.get("status").asString()).isEqualTo("FOUND");
            assertThat(body.get("reference").asString()).isNotBlank();
            assertThat(body.get("departmentName").asString()).isNotBlank();
            assertThat(answer.body()).doesNotContain(DevDataSharingExchange.DEMO_CITIZEN);
        }
    }

    @Test
    void anyoneElseHoldsNoRecordAndTheDemoEnterpriseIsAskedByItsCreditCode() throws Exception {
        JsonNode other = json.readTree(query(person("real-estate-registration", "640324199007080523")).body());
        assertThat(other.get("status").asString()).isEqualTo("NOT_HELD");
        assertThat(other.get("department").asString()).isEqualTo("county-natural-resources");

        JsonNode enterprise = json.readTree(query("""
                {"recordCode":"land-use-approval","department":"county-natural-resources",
                 "holder":{"kind":"LEGAL_PERSON","idNumber":null,"creditCode":"%s"}}"""
                .formatted(DevDataSharingExchange.DEMO_ENTERPRISE)).body());
        assertThat(enterprise.get("status").asString()).isEqualTo("FOUND");
    }

    @Test
    void aQueryWithoutItsRecordOrHolderIsRefused() throws Exception {
        assertThat(query("{\"recordCode\":\"tax-payment\"}").statusCode()).isEqualTo(400);
    }
}

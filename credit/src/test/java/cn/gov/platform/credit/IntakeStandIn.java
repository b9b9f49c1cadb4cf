package cn.gov.platform.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * WireMock standing in for intake's internal calendar API: it answers
 * {@code GET /api/intake/internal/calendar/years} with the newest version of every year it
 * "holds", only to a caller with credit's service token (anyone else: 401), or 503 while it is
 * down. A test publishes a year with {@link #serves} and then announces it on Redis as intake
 * would; years only ever get newer versions, as in intake.
 */
public final class IntakeStandIn {

    public static final String PATH = "/api/intake/internal/calendar/years";
    /** The token CreditIT's stand-in token endpoint hands to credit. */
    public static final String SERVICE_TOKEN = "svc-credit-token";

    private final WireMockServer server;
    private final Map<Integer, ServedYear> years = new TreeMap<>();
    private boolean up;

    private IntakeStandIn(WireMockServer server, boolean up) {
        this.server = server;
        this.up = up;
    }

    /** Up, serving these years. */
    public static IntakeStandIn serving(ServedYear... years) {
        IntakeStandIn intake = new IntakeStandIn(start(), true);
        for (ServedYear y : years) {
            intake.years.put(y.year(), y);
        }
        intake.stub();
        return intake;
    }

    /** Down (503) until {@link #up}, holding these years. */
    public static IntakeStandIn down(ServedYear... years) {
        IntakeStandIn intake = new IntakeStandIn(start(), false);
        for (ServedYear y : years) {
            intake.years.put(y.year(), y);
        }
        intake.stub();
        return intake;
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** Intake now holds {@code year} (a new version of its year, or a new year). */
    public synchronized void serves(ServedYear year) {
        years.put(year.year(), year);
        stub();
    }

    public synchronized void up() {
        up = true;
        stub();
    }

    /** The calendar credit should count on once it read what this stand-in serves. */
    public synchronized WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(years.values().stream().map(ServedYear::calendarYear).toList());
    }

    private void stub() {
        server.resetMappings();
        if (!up) {
            server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
            return;
        }
        String body = years.values().stream().map(ServedYear::json).collect(Collectors.joining(",", "[", "]"));
        server.stubFor(get(urlPathEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathEqualTo(PATH)).atPriority(1).withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson(body)));
    }
}

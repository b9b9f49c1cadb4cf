package cn.gov.platform.certificates;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.platform.testkit.ServiceIT;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the registry's integration tests: the service over HTTP with WireMock standing in for
 * identity's staff check and the realm's token endpoint. Identity confirms every staff token's post
 * unless a test says otherwise ({@code StaffAuthorityIT}).
 */
public abstract class CertificatesIT extends ServiceIT {

    protected static final WireMockServer IDENTITY = start();
    protected static final String STAFF_CHECK = "/api/identity/internal/staff/check";

    @Autowired
    private CircuitBreakerRegistry breakers;

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        stubDefaults(server);
        return server;
    }

    private static void stubDefaults(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"svc-certificates-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        server.stubFor(get(urlPathEqualTo(STAFF_CHECK)).atPriority(10)
                .willReturn(okJson("{\"allowed\":true,\"reason\":\"GRANTED\"}")));
    }

    @DynamicPropertySource
    static void identityStandIn(DynamicPropertyRegistry registry) {
        registry.add("platform.certificates.identity.uri", IDENTITY::baseUrl);
        registry.add("platform.certificates.service-client.token-uri",
                () -> IDENTITY.baseUrl() + "/realms/gov/protocol/openid-connect/token");
    }

    @BeforeEach
    void identityConfirmsStaffByDefault() {
        IDENTITY.resetAll();
        stubDefaults(IDENTITY);
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    }
}

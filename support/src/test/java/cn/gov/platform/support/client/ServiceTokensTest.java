package cn.gov.platform.support.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ServiceTokensTest {

    private static final String TOKEN_URI = "http://keycloak.test/realms/gov/protocol/openid-connect/token";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final RestClient.Builder builder = RestClient.builder();
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    private final ServiceTokens tokens = new ServiceTokens(builder.build(), TOKEN_URI, "intake", "s3cret", clock);

    @Test
    void fetchesWithClientCredentialsOnceAndReusesTheTokenUntilShortlyBeforeItExpires() {
        server.expect(ExpectedCount.once(), requestTo(TOKEN_URI)).andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(content().formDataContains(java.util.Map.of("grant_type", "client_credentials",
                        "client_id", "intake", "client_secret", "s3cret")))
                .andRespond(withSuccess("{\"access_token\":\"first\",\"expires_in\":300}", MediaType.APPLICATION_JSON));

        assertThat(tokens.current()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(269));
        assertThat(tokens.current()).isEqualTo("first");
        server.verify();
    }

    @Test
    void renewsThirtySecondsBeforeExpiry() {
        server.expect(ExpectedCount.once(), requestTo(TOKEN_URI))
                .andRespond(withSuccess("{\"access_token\":\"first\",\"expires_in\":300}", MediaType.APPLICATION_JSON));
        server.expect(ExpectedCount.once(), requestTo(TOKEN_URI))
                .andRespond(withSuccess("{\"access_token\":\"second\",\"expires_in\":300}", MediaType.APPLICATION_JSON));

        assertThat(tokens.current()).isEqualTo("first");
        clock.advance(Duration.ofSeconds(270));
        assertThat(tokens.current()).isEqualTo("second");
        server.verify();
    }

    @Test
    void anAnswerWithoutATokenIsAFailureNotAnEmptyBearer() {
        server.expect(requestTo(TOKEN_URI)).andRespond(withSuccess("{\"expires_in\":300}", MediaType.APPLICATION_JSON));

        assertThatThrownBy(tokens::current).isInstanceOf(IllegalStateException.class).hasMessageContaining("no access token");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

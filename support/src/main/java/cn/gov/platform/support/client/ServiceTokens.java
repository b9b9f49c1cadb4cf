package cn.gov.platform.support.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * This service's own access token (client credentials, realm role {@code service}) for calling
 * internal APIs. Fetched once and reused until shortly before it expires; one fetch at a time, so
 * a burst of calls does not become a burst of logins. The token itself is never logged. A service
 * declares one as a bean and adds {@code "Bearer " + current()} to its internal clients' requests.
 */
public class ServiceTokens {

    /** Renew this long before expiry, so a token never expires in flight. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final RestClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable String token;
    private Instant renewAt = Instant.EPOCH;

    public ServiceTokens(RestClient http, String tokenUri, String clientId, String clientSecret, Clock clock) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    record TokenResponse(@Nullable String access_token, long expires_in) {
    }

    /** A valid token, fetched from the token endpoint only when none is held or it is about to expire. */
    public String current() {
        lock.lock();
        try {
            if (token == null || !clock.instant().isBefore(renewAt)) {
                MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                form.add("grant_type", "client_credentials");
                form.add("client_id", clientId);
                form.add("client_secret", clientSecret);
                TokenResponse response = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(form).retrieve().body(TokenResponse.class);
                if (response == null || response.access_token() == null) {
                    throw new IllegalStateException("The token endpoint returned no access token");
                }
                token = response.access_token();
                renewAt = clock.instant().plusSeconds(response.expires_in()).minus(MARGIN);
            }
            return token;
        } finally {
            lock.unlock();
        }
    }
}

package cn.gov.platform.identity.person.infrastructure;

import cn.gov.platform.identity.IdentityProperties;
import cn.gov.platform.identity.person.domain.RealNameVerifier;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.net.http.HttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The real-name provider over HTTP: {@code POST {url}/v1/verifications} with
 * {@code {"name","idNumber"}}, answered {@code {"result":"MATCH"|"NO_MATCH","method":"..."}}.
 * Any other answer, an error status or a timeout means nothing was decided.
 */
public class HttpRealNameVerifier implements RealNameVerifier {

    private final RestClient http;

    public HttpRealNameVerifier(IdentityProperties.RealName properties, RestClient.Builder builder) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                // Plain HTTP/1.1: the JDK's h2c upgrade on a POST with a body is refused by some providers' proxies.
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.timeout());
        this.http = builder.clone().baseUrl(properties.url().toString()).requestFactory(factory).build();
    }

    @Override
    public Outcome verify(String name, ResidentIdNumber idNumber) {
        Answer answer;
        try {
            answer = http.post().uri("/v1/verifications")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Request(name, idNumber.value()))
                    .retrieve()
                    .body(Answer.class);
        } catch (RestClientException e) {
            throw new ProviderUnavailable("real-name provider failed", e);
        }
        if (answer == null || answer.result() == null || answer.method() == null
                || !(answer.result().equals("MATCH") || answer.result().equals("NO_MATCH"))) {
            throw new ProviderUnavailable("real-name provider gave no decision", null);
        }
        return new Outcome(answer.result().equals("MATCH"), answer.method());
    }

    record Request(String name, String idNumber) {
        @Override
        public String toString() {
            return "Request[masked]";
        }
    }

    record Answer(@Nullable String result, @Nullable String method) {
    }
}

package cn.gov.platform.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTest {

    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXdpdGgtK2FuZC8tYW5kLV8";

    /** Spring Security's own resolver, the reference for every answer. */
    final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void readsTheSameTokenAsSpringSecurity() {
        for (String header : List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==", "Bearer a~b+c/d_e-f.g")) {
            assertThat(BearerTokens.fromHeader(header)).as(header).isEqualTo(spring.resolve(request(header)));
        }
    }

    @Test
    void answersNothingWhereThereIsNoBearerHeaderLikeSpringSecurity() {
        assertThat(BearerTokens.fromHeader(null)).isNull();
        for (String header : List.of("Basic dXNlcjpwYXNz", "Token abc", "")) {
            assertThat(BearerTokens.fromHeader(header)).as(header).isNull();
            assertThat(spring.resolve(request(header))).as(header).isNull();
        }
    }

    @Test
    void refusesAMalformedBearerHeaderLikeSpringSecurity() {
        for (String header : List.of("Bearer", "Bearer ", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer ab=c",
                "Bearer ==", "Bearer a b", "Bearer é", "Bearer\t" + JWT, "Bearerx " + JWT)) {
            assertThatThrownBy(() -> BearerTokens.fromHeader(header)).as(header)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                            .isEqualTo("invalid_token"));
            assertThatThrownBy(() -> spring.resolve(request(header))).as("Spring: " + header)
                    .isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    @Test
    void allowsTheSameHeaderValuesAsTheFirewallsPattern() {
        Pattern firewall = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
        for (String value : List.of("", "Bearer " + JWT, "zh-CN,zh;q=0.9", "张三", "😀 emoji", "tab\there", "nul\u0000",
                "del\u007f", "c1\u0085", "unassigned\u0378", "surrogate\ud800", "private\ue000")) {
            assertThat(BearerTokens.ALLOWED_HEADER_VALUE.test(value)).as(value)
                    .isEqualTo(firewall.matcher(value).matches());
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}

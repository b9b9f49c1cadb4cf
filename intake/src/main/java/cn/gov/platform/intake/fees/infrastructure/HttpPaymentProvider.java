package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.PaymentProvider;
import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.Yuan;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The bank's collection service over HTTP, behind breaker {@code payment-provider}. No personal data goes to
 * the provider: the payment number, the amount and what it is for. Without a configured address every call
 * answers empty.
 */
class HttpPaymentProvider implements PaymentProvider {

    static final String BREAKER = "payment-provider";
    private static final Logger log = LoggerFactory.getLogger(HttpPaymentProvider.class);

    private final String name;
    private final @Nullable RestClient http;
    private final String callbackUrl;
    private final CircuitBreaker breaker;

    HttpPaymentProvider(String name, @Nullable URI uri, String callbackUrl, CircuitBreakerFactory<?, ?> breakers) {
        this.name = name;
        this.callbackUrl = callbackUrl;
        this.breaker = breakers.create(BREAKER);
        if (uri == null || uri.toString().isBlank()) {
            this.http = null;
        } else {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(Duration.ofSeconds(2));
            requests.setReadTimeout(Duration.ofSeconds(3));
            this.http = RestClient.builder().baseUrl(uri.toString()).requestFactory(requests).build();
        }
    }

    record CollectionRequest(String paymentNumber, String amountYuan, String description, String payee,
            String callbackUrl) {
    }

    record CollectionAnswer(@Nullable String collectionId, @Nullable String payUrl) {
    }

    record Statement(@Nullable String date, @Nullable List<StatementLine> lines) {
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> open(NoticeSnapshot n) {
        if (http == null) {
            return Optional.empty();
        }
        return breaker.run(() -> {
            CollectionAnswer a = http.post().uri("/v1/collections").contentType(MediaType.APPLICATION_JSON)
                    .body(new CollectionRequest(n.paymentNumber(), Yuan.format(n.totalFen()), n.itemName(),
                            n.departmentName(), callbackUrl))
                    .retrieve().body(CollectionAnswer.class);
            return Optional.ofNullable(a == null ? null : a.payUrl());
        }, failure -> {
            log.warn("Payment provider did not open collection {}: {}", n.paymentNumber(), failure.toString());
            return Optional.empty();
        });
    }

    @Override
    public Optional<List<StatementLine>> statement(LocalDate day) {
        if (http == null) {
            return Optional.empty();
        }
        return breaker.run(() -> {
            Statement s = http.get().uri("/v1/statements/{date}", day.toString()).retrieve().body(Statement.class);
            return Optional.of(s == null || s.lines() == null ? List.<StatementLine>of() : s.lines());
        }, failure -> {
            log.warn("Payment provider gave no statement for {}: {}", day, failure.toString());
            return Optional.empty();
        });
    }
}

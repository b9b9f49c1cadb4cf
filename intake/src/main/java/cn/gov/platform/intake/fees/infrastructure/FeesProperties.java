package cn.gov.platform.intake.fees.infrastructure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The payment provider (the bank's collection service) and the fees' settings.
 *
 * @param provider      the provider's name in callback addresses
 * @param uri           its base URL ({@code PAYMENT_PROVIDER_URL}); unset, no collection is opened and no
 *                      statement read (notices are still issued; payment waits for it)
 * @param secret        the per-provider secret of the callbacks' HMAC ({@code PAYMENT_PROVIDER_SECRET}); with a
 *                      provider URL it is required, and no default ships (the dev profile sets a local one)
 * @param callbackUrl   where the provider sends its callbacks, told to it with each collection
 * @param dueDays       working days from the notice to its due date
 * @param reconcileCron when the daily reconciliation of yesterday's statement runs (China time)
 * @param lockFor       how long the reconciliation lock is held at most
 */
@Validated
@ConfigurationProperties("platform.intake.payments")
record FeesProperties(@NotBlank @DefaultValue("bank") String provider, @Nullable URI uri,
        @Nullable String secret,
        @NotBlank @DefaultValue("http://localhost:8080/api/intake/payments/callbacks/bank") String callbackUrl,
        @Min(1) @Max(60) @DefaultValue("15") int dueDays, @NotBlank @DefaultValue("0 30 2 * * *") String reconcileCron,
        @DefaultValue("10m") Duration lockFor) {

    boolean hasProvider() {
        return uri != null && !uri.toString().isBlank();
    }

    @Override
    public String toString() {
        return "FeesProperties[provider=" + provider + ", uri=" + uri + ", secret=***]";
    }
}

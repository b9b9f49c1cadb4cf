package cn.gov.platform.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the identity service is configured with; each value has an environment override
 * in {@code application.yml}.
 *
 * @param divisions      where the division tree comes from
 * @param keycloak       the Keycloak admin API used to create and remove accounts
 * @param realName       the real-name verification provider
 * @param dataProtection keys protecting identity numbers and phone numbers at rest
 * @param checks         the cache of answers to other services' checks
 * @param mandates       limits on mandates villagers give to agents
 * @param registrations  clearing up after registrations that did not finish
 */
@Validated
@ConfigurationProperties("identity")
public record IdentityProperties(
        @Valid @NotNull Divisions divisions,
        @Valid @NotNull Keycloak keycloak,
        @Valid @NotNull RealName realName,
        @Valid @NotNull DataProtection dataProtection,
        @Valid @NotNull Checks checks,
        @Valid @NotNull Mandates mandates,
        @Valid @NotNull @DefaultValue Registrations registrations) {

    /**
     * @param file classpath or file resource holding the division tree (JSON)
     */
    public record Divisions(@NotBlank @DefaultValue("classpath:divisions/tongxin-640324.json") String file) {
    }

    /**
     * @param url          base URL of Keycloak ({@code KEYCLOAK_ADMIN_URL})
     * @param realm        realm whose users the service manages
     * @param clientId     the service's own client, holding realm-management manage-users ({@code OIDC_CLIENT_ID})
     * @param clientSecret that client's secret ({@code OIDC_CLIENT_SECRET}); the local default works only locally
     * @param citizenRole  realm role given to every self-registered person
     * @param timeout      how long one admin call may wait for Keycloak's answer ({@code KEYCLOAK_ADMIN_TIMEOUT});
     *                     kept far below {@link Registrations#grace()}, so that a registration is over, one way or
     *                     the other, before a sweep may take its account back
     */
    public record Keycloak(@NotNull URI url, @NotBlank String realm, @NotBlank String clientId,
            @NotBlank String clientSecret, @NotBlank @DefaultValue("citizen") String citizenRole,
            @NotNull @DefaultValue("15s") Duration timeout) {
    }

    /**
     * @param url     base URL of the real-name verification provider ({@code REALNAME_PROVIDER_URL}); without
     *                one, real-name verification is refused (503 VERIFICATION_NOT_CONFIGURED), never passed
     * @param timeout how long one verification may take before it counts as not done (status stays unverified)
     */
    public record RealName(@Nullable URI url, @NotNull @DefaultValue("3s") Duration timeout) {

        /** Whether a provider is configured at all. */
        public boolean configured() {
            return url != null && url.getHost() != null;
        }
    }

    /**
     * @param key base64 of a 256-bit master key ({@code IDENTITY_DATA_KEY}); the encryption key and the
     *            lookup-hash key are derived from it, so one secret is rotated as one
     */
    public record DataProtection(@NotBlank String key) {
    }

    /**
     * @param ttl longest time an answer stays cached; every change invalidates earlier than that
     */
    public record Checks(@NotNull @DefaultValue("10m") Duration ttl) {
    }

    /**
     * @param maxValidity longest validity a mandate may be given; a villager renews rather than signs open-ended
     */
    public record Mandates(@NotNull @DefaultValue("366d") Duration maxValidity) {
    }

    /**
     * @param grace      how old a registration intent must be before it is taken as left behind by a process
     *                   that died. Far longer than a registration request takes (three calls to Keycloak and two
     *                   writes, about a second), so a registration still running is not reclaimed; one that hangs
     *                   longer anyway finds its intent gone, writes no record and takes its account back
     *                   (503 REGISTRATION_INTERRUPTED). Short enough that a citizen whose attempt broke off can
     *                   register the same username again within minutes
     * @param sweepEvery pause between two sweeps of intents left behind (also reclaimed when a registration meets one)
     * @param sweepFirst the first sweep after start
     */
    public record Registrations(@NotNull @DefaultValue("2m") Duration grace,
            @NotNull @DefaultValue("5m") Duration sweepEvery, @NotNull @DefaultValue("1m") Duration sweepFirst) {
    }
}

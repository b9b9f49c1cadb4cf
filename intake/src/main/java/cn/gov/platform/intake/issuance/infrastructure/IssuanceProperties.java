package cn.gov.platform.intake.issuance.infrastructure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Certificate issuance in this deployment.
 *
 * @param uri          the certificate registry's base URL ({@code CERTIFICATES_URI})
 * @param group        the consumer group reading approvals from the case-event stream
 * @param interval     how often due issuances are tried
 * @param enabled      whether this instance reads approvals and issues at all
 * @param nationalTypes certificate types issued by national systems (the public security's population
 *                     register): a number of theirs this registry cannot read or does not know is left for
 *                     staff to check at the window (NOT_THIS_REGISTRY) instead of being refused (CAT-3)
 */
@Validated
@ConfigurationProperties("platform.intake.certificates")
record IssuanceProperties(@NotNull @DefaultValue("http://127.0.0.1:8083") URI uri,
        @NotBlank @DefaultValue("intake-issuance") String group, @NotNull @DefaultValue("1s") Duration interval,
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue({"resident-id-card", "household-register"}) java.util.Set<String> nationalTypes) {
}

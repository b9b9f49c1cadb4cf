package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.domain.FileType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How cases are handled in this deployment.
 *
 * @param materials     limits on uploaded material files
 * @param identity      where the identity service answers the internal checks
 * @param serviceClient this service's client-credentials login for internal calls
 * @param outbox        the relay of case events to the Redis stream
 */
@Validated
@ConfigurationProperties("platform.intake")
record CasesProperties(@Valid @NotNull Materials materials, @Valid @NotNull Identity identity,
        @Valid @NotNull ServiceClient serviceClient, @Valid @NotNull Outbox outbox) {

    /**
     * @param maxFileSize  the largest file accepted per material (the gateway's own body limit
     *                     applies before this one)
     * @param allowedTypes the file types accepted, recognised by their content
     */
    record Materials(@NotNull @DefaultValue("10MB") DataSize maxFileSize,
            @NotEmpty @DefaultValue({"PDF", "JPEG", "PNG"}) Set<FileType> allowedTypes) {
    }

    /**
     * @param uri the identity service's base URL ({@code IDENTITY_URI})
     */
    record Identity(@NotNull @DefaultValue("http://127.0.0.1:8081") URI uri) {
    }

    /**
     * @param tokenUri     the realm's token endpoint ({@code OIDC_TOKEN_URI})
     * @param clientId     this service's client ({@code SERVICE_CLIENT_ID})
     * @param clientSecret its secret ({@code SERVICE_CLIENT_SECRET}); the default works only locally
     */
    record ServiceClient(@NotNull URI tokenUri, @NotBlank String clientId, @NotBlank String clientSecret) {
    }

    /**
     * @param stream   the Redis stream events go to
     * @param interval how often the relay looks for unpublished events
     * @param batch    how many cases one round handles at most
     * @param enabled  whether this instance relays at all
     * @param sweepEvery how often the relay also scans the store for pending events whose hint was lost
     */
    record Outbox(@NotBlank @DefaultValue("intake.case-events") String stream,
            @NotNull @DefaultValue("500ms") Duration interval, @Min(1) @DefaultValue("100") int batch,
            @DefaultValue("true") boolean enabled, @NotNull @DefaultValue("30s") Duration sweepEvery) {
    }
}

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
 * @param credit        where the credit service answers checks and takes feedback
 * @param deemedConsent the deemed-consent sweep (超时默认)
 * @param documents     the case's PDF documents (issue 17)
 * @param dataSharing   the data-sharing exchange that other departments' records come from (CAT-3)
 */
@Validated
@ConfigurationProperties("platform.intake")
record CasesProperties(@Valid @NotNull Materials materials, @Valid @NotNull Identity identity,
        @Valid @NotNull ServiceClient serviceClient, @Valid @NotNull Credit credit,
        @Valid @NotNull DeemedConsent deemedConsent, @Valid @NotNull @DefaultValue Documents documents,
        @Valid @NotNull @DefaultValue DataSharing dataSharing) {

    /**
     * @param uri the exchange's base URL ({@code DATA_SHARING_URL}); absent, nothing is fetched and every
     *            such material stays pending until it is configured (or the applicant hands it in)
     */
    record DataSharing(java.net.@org.jspecify.annotations.Nullable URI uri) {
    }

    /**
     * @param fonts       CJK font files (TTF or TTC) tried in order, as the certificates service's
     * @param followUpUrl the public follow-up address the receipt's QR code opens, the case number appended
     *                    ({@code INTAKE_FOLLOW_UP_URL})
     */
    record Documents(@NotEmpty @DefaultValue({"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"}) java.util.List<String> fonts,
            @NotBlank @DefaultValue("http://localhost:8080/#/follow?number=") String followUpUrl) {
    }

    /**
     * @param uri              the credit service's base URL ({@code CREDIT_URI})
     * @param feedbackInterval how often unsent feedback records are sent again
     * @param feedbackBatch    how many cases with unsent feedback one round handles at most
     */
    record Credit(@NotNull @DefaultValue("http://127.0.0.1:8084") URI uri,
            @NotNull @DefaultValue("5s") Duration feedbackInterval, @Min(1) @DefaultValue("50") int feedbackBatch) {
    }

    /**
     * @param enabled      whether this instance sweeps at all (every instance may; the case's
     *                     compare-and-set keeps each task to one deemed approval)
     * @param interval     how often the sweep runs ({@code DEEMED_CONSENT_INTERVAL})
     * @param initialDelay how long after start the first sweep waits
     * @param batch        how many due cases one round reads
     */
    record DeemedConsent(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("60s") Duration interval,
            @NotNull @DefaultValue("10s") Duration initialDelay, @Min(1) @DefaultValue("200") int batch) {
    }

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
}

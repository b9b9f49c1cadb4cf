package cn.gov.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.Test;

/** The benchmark generators are in the development module, not in intake: as built, they do not exist. */
class NoBenchmarkEndpointIT extends IntakeIT {

    @Test
    void theBenchmarkGeneratorsDoNotExistAndTheApiDocumentNamesNone() {
        String service = issuer().token("service-account-svc-bench", "service");

        assertThat(api().post("/api/intake/internal/bench/due-joint-cases?tasks=1", service, "").status()).isEqualTo(404);
        assertThat(api().post("/api/intake/supervision/bench/generate?count=1", issuer().token("demo-admin", "admin"), "")
                .status()).isEqualTo(404);
        assertThat(api().get("/api/intake/bench/noop", service).status()).isEqualTo(404);
        Api.Reply docs = api().get("/api/intake/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).doesNotContain("/bench/");
    }
}

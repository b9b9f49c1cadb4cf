package cn.gov.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.Test;

/** The benchmark's aliases are in the development module, not in credit: as built, they do not exist. */
class NoBenchmarkEndpointIT extends CreditIT {

    @Test
    void theBenchmarkEndpointsDoNotExistAndTheApiDocumentNamesNone() {
        assertThat(postJson("/api/credit/internal/bench/aliases", serviceToken(), "{\"bench-1\":\"L:91350100M000100Y43\"}")
                .status()).isEqualTo(404);
        assertThat(api().get("/api/credit/bench/noop", serviceToken()).status()).isEqualTo(404);
        Api.Reply docs = api().get("/api/credit/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).doesNotContain("/bench/");
    }
}

package cn.gov.platform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestIssuer;
import cn.gov.platform.testkit.TestPlatform;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The identity jar exactly as built, started as its own process with an empty environment (only
 * where the store, Redis, the token issuer and Keycloak's admin API are, as arguments): no
 * development stand-in is in it, so real-name verification is refused rather than passed, and no
 * benchmark endpoint exists. ./platform gets them only by adding the devprofile jar.
 */
class JarWithoutStandInsIT {

    private static final Path JAR = Path.of(System.getProperty("identity.jar", "target/identity-0.1.0.jar"));
    private static final String USERNAME = "jar-citizen";
    private static WireMockServer keycloak;
    private static Process process;
    private static Path log;
    private static Api api;

    @BeforeAll
    static void startTheJar() throws Exception {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").isRegularFile();
        TestPlatform platform = TestPlatform.get();
        keycloak = keycloakAdminApi();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Files.createTempFile("identity-jar-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.mongodb.uri=" + platform.mongo().connectionString("identity-jar"),
                "--spring.data.redis.port=" + platform.redis().port(),
                "--platform.security.issuer=" + platform.issuer().issuer(),
                "--platform.security.jwk-set-uri=" + platform.issuer().jwkSetUri(),
                "--identity.keycloak.url=" + keycloak.baseUrl())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        process = builder.start();
        api = new Api("http://127.0.0.1:" + port);
        awaitReady();
    }

    private static void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the identity jar stopped while starting:\n" + tail());
            }
            try {
                if (api.get("/actuator/health/readiness", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the identity jar was not ready within 3 minutes:\n" + tail());
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    private static WireMockServer keycloakAdminApi() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/realms/gov/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"admin-token\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
        server.stubFor(post(urlPathEqualTo("/admin/realms/gov/users")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", server.baseUrl() + "/admin/realms/gov/users/" + TestIssuer.subjectOf(USERNAME))));
        server.stubFor(get(urlMatching("/admin/realms/gov/users/[^/]+/role-mappings/realm/available"))
                .willReturn(okJson("[{\"id\":\"role-citizen\",\"name\":\"citizen\"}]")));
        server.stubFor(post(urlMatching("/admin/realms/gov/users/[^/]+/role-mappings/realm"))
                .willReturn(aResponse().withStatus(204)));
        return server;
    }

    @Test
    void theJarHoldsNoStandInNoDemoDataAndNoBenchmarkCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                if (forbidden(entry.getName())) {
                    found.add(entry.getName());
                }
                if (entry.getName().matches("BOOT-INF/lib/(support|kernel|devprofile)-.*\\.jar")) {
                    found.addAll(forbiddenIn(jar.getInputStream(entry), entry.getName()));
                }
            }
        }

        assertThat(found).isEmpty();
    }

    private static List<String> forbiddenIn(InputStream nested, String name) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(nested)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (name.contains("devprofile") || forbidden(e.getName())) {
                    found.add(name + "!" + e.getName());
                }
            }
        }
        return found;
    }

    // Classes and resources only: a left-over empty directory of an incremental build holds nothing.
    private static boolean forbidden(String entry) {
        return !entry.endsWith("/")
                && entry.matches(".*(DevRealNameProvider|DemoData|DemoEntries|DevSmsProvider|BenchmarkEndpoints|/bench/).*");
    }

    @Test
    void withoutAProviderRealNameVerificationIsRefusedNeverPassed() {
        ResidentIdNumber id = new ResidentIdNumber("640324199007080523");

        Api.Reply registered = api.send("POST", "/api/identity/registrations", null, """
                {"username":"%s","password":"Secret12345x","name":"李秀兰","idNumber":"%s","phone":"13909530002"}"""
                .formatted(USERNAME, id.value()), java.util.Map.of("Content-Type", "application/json"));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("verification").get("status").asString()).isEqualTo("unverified");

        String token = TestPlatform.get().issuer().token(USERNAME, "citizen");
        Api.Reply retry = api.send("POST", "/api/identity/me/verification", token, "",
                java.util.Map.of("Content-Type", "application/json"));
        assertThat(retry.status()).isEqualTo(503);
        assertThat(retry.isProblem()).isTrue();
        assertThat(retry.json().get("code").asString()).isEqualTo("VERIFICATION_NOT_CONFIGURED");
        assertThat(retry.json().get("message").get("en").asString()).contains("no real-name verification service");
        assertThat(api.get("/api/identity/me", token).json().get("person").get("verification").get("status").asString())
                .isEqualTo("unverified");
    }

    @Test
    void noBenchmarkEndpointExistsAndTheApiDocumentNamesNone() {
        String token = TestPlatform.get().issuer().token("jar-benchmarker", "citizen");

        assertThat(api.get("/api/identity/bench/noop", token).status()).isEqualTo(404);
        assertThat(api.get("/api/identity/bench/wait?ms=1", token).status()).isEqualTo(404);
        Api.Reply docs = api.get("/api/identity/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).doesNotContain("/bench/");
    }
}

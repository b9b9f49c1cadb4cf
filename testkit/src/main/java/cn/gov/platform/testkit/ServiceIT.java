package cn.gov.platform.testkit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's integration tests: the whole service on a random port, against the
 * shared in-process store, Redis and token issuer, called over real HTTP, on {@link TestClock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
public abstract class ServiceIT {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void platformInfrastructure(DynamicPropertyRegistry registry) {
        TestPlatform.get().register(registry, "it");
    }

    protected Api api() {
        return new Api("http://127.0.0.1:" + port);
    }

    protected TestIssuer issuer() {
        return TestPlatform.get().issuer();
    }
}

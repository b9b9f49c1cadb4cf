package cn.gov.platform.testkit;

import cn.gov.platform.devstack.EmbeddedMongo;
import cn.gov.platform.devstack.EmbeddedRedis;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The infrastructure a service's integration tests run against, started once per test JVM
 * and shared by every Spring context in it: an in-memory MongoDB-wire store, a real Redis
 * process, and the stand-in token issuer.
 */
public final class TestPlatform {

    /** The property that overrides the database a test class's context uses. */
    public static final String DATABASE_PROPERTY = "platform.test.database";

    private static volatile TestPlatform instance;

    private final EmbeddedMongo mongo;
    private final EmbeddedRedis redis;
    private final TestIssuer issuer;

    private TestPlatform() {
        this.mongo = EmbeddedMongo.inMemory();
        this.redis = EmbeddedRedis.ephemeral();
        this.issuer = TestIssuer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            redis.close();
            mongo.close();
        }, "test-platform-shutdown"));
    }

    public static TestPlatform get() {
        if (instance == null) {
            synchronized (TestPlatform.class) {
                if (instance == null) {
                    instance = new TestPlatform();
                }
            }
        }
        return instance;
    }

    public TestIssuer issuer() {
        return issuer;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedRedis redis() {
        return redis;
    }

    /**
     * Points a service's Spring context at this infrastructure. A test class may give its context a
     * database of its own with the property {@value #DATABASE_PROPERTY} (as {@link StoreFixture}'s users do).
     */
    public void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri",
                () -> mongo.connectionString("${" + DATABASE_PROPERTY + ":" + database + "}"));
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        // A test class may put a relay in front (RedisOutage): its own property, since a subclass's
        // registration of the same name does not reliably win over this one.
        registry.add("spring.data.redis.port", () -> "${" + RedisOutage.PORT_PROPERTY + ":" + redis.port() + "}");
        registry.add("platform.security.issuer", issuer::issuer);
        registry.add("platform.security.jwk-set-uri", issuer::jwkSetUri);
    }
}

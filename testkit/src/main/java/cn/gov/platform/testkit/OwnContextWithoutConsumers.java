package cn.gov.platform.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * For a test class that breaks the service's Redis (a {@link RedisOutage}) in its own application
 * context: while Redis is stopped, that context's relay may keep the outbox lock until its time to
 * live and its consumers may leave entries pending, which would make the next test classes' events
 * wait. So: no consumers, a short relay lock, and the context closed after the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {"platform.events.consumer.enabled=false", "platform.events.relay.lock-ttl=3s"})
@DirtiesContext
public @interface OwnContextWithoutConsumers {
}

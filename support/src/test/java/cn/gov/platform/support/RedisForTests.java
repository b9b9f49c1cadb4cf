package cn.gov.platform.support;

import cn.gov.platform.devstack.EmbeddedRedis;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** One real Redis for support's tests (streams, groups and XAUTOCLAIM need the real thing), stopped with the JVM. */
public final class RedisForTests {

    private static StringRedisTemplate template;

    private RedisForTests() {
    }

    public static synchronized StringRedisTemplate redis() {
        if (template == null) {
            EmbeddedRedis server = EmbeddedRedis.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            LettuceConnectionFactory factory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", server.port()));
            factory.afterPropertiesSet();
            factory.start();
            template = new StringRedisTemplate(factory);
        }
        return template;
    }
}

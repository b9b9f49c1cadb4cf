package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.SmsSenders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Senders' numbers in Redis ({@code notifications:sms-sender:<hash>}) for as long as a reply may take
 * to go out (retries, quiet hours, an open breaker): {@code hold}. The hash is HMAC-SHA256 under a key
 * from configuration, so the subject in a message record does not give the number back.
 */
class RedisSmsSenders implements SmsSenders {

    private static final String KEY = "notifications:sms-sender:";
    private final StringRedisTemplate redis;
    private final SecretKeySpec key;
    private final Duration hold;

    RedisSmsSenders(StringRedisTemplate redis, String key, Duration hold) {
        this.redis = redis;
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.hold = hold;
    }

    @Override
    public String subjectOf(String phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(phone.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void remember(String subject, String phone) {
        redis.opsForValue().set(KEY + subject.substring(PREFIX.length()), phone, hold);
    }

    @Override
    public Optional<String> phoneOf(String subject) {
        return Optional.ofNullable(redis.opsForValue().get(KEY + subject.substring(PREFIX.length())));
    }
}

package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.support.problem.PlatformException;
import java.util.List;

/**
 * Production: keys come from configuration, i.e. a mounted secret (see the signing properties
 * for the format). Exactly one must be active and carry its private key; retired keys may be
 * listed with their public half only. Rotation is a configuration change, not an API call.
 */
public final class ConfiguredKeySource implements KeySource {

    private final List<KeyMaterial> keys;

    public ConfiguredKeySource(List<KeyMaterial> keys) {
        long active = keys.stream().filter(KeyMaterial::active).count();
        if (active != 1 || keys.stream().anyMatch(k -> k.active() && k.privateKey() == null)) {
            throw new IllegalStateException(
                    "Configured signing keys need exactly one active key with its private key; found " + active);
        }
        this.keys = List.copyOf(keys);
    }

    @Override
    public List<KeyMaterial> load() {
        return keys;
    }

    @Override
    public KeyMaterial rotate(SignatureAlgorithm algorithm) {
        throw PlatformException.conflict("KEY_ROTATION_BY_CONFIGURATION", Message.of(
                "签名密钥由配置管理，请通过更新密钥配置完成轮换。",
                "Signing keys are managed by configuration; rotate them by deploying a new key set."));
    }
}

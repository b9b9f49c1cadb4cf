package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import java.util.List;

/** Where signing keys come from: the service's own database (local development) or configuration. */
public interface KeySource {

    List<KeyMaterial> load();

    /** Adds a new active key and retires the others; a source that cannot do this refuses. */
    KeyMaterial rotate(SignatureAlgorithm algorithm);
}

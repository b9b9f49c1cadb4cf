package cn.gov.platform.certificates.signing.infrastructure;

import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * LOCAL DEVELOPMENT ONLY: keys are generated on first start and kept, private halves included,
 * in the service's own MongoDB collection {@code signing_keys}, so that a developer's
 * certificates survive a restart. Anyone who can read that database can forge certificates;
 * production uses {@link ConfiguredKeySource} with keys from a secret.
 */
public final class GeneratedKeySource implements KeySource {

    static final String COLLECTION = "signing_keys";
    private final MongoTemplate mongo;
    private final SignatureAlgorithm algorithm;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public GeneratedKeySource(MongoTemplate mongo, SignatureAlgorithm algorithm, Clock clock) {
        this.mongo = mongo;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    @Override
    public List<KeyMaterial> load() {
        List<KeyMaterial> keys = stored();
        if (keys.stream().noneMatch(k -> k.active() && k.algorithm() == algorithm && k.privateKey() != null)) {
            // First start (or a change of configured algorithm): make the first key of this algorithm.
            rotate(algorithm);
            keys = stored();
        }
        return keys;
    }

    @Override
    public KeyMaterial rotate(SignatureAlgorithm newAlgorithm) {
        KeyPair pair = SignatureSchemes.generate(newAlgorithm);
        Instant now = clock.instant();
        String id = (newAlgorithm == SignatureAlgorithm.SM2_SM3 ? "sm2-" : "ed25519-")
                + now.toString().substring(0, 10).replace("-", "") + "-" + HexFormat.of().formatHex(randomBytes());
        KeyMaterial key = new KeyMaterial(id, newAlgorithm,
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), true, now);
        try {
            mongo.insert(new Document("_id", id).append("algorithm", newAlgorithm.name())
                    .append("publicKey", key.publicKey()).append("privateKey", key.privateKey())
                    .append("active", true).append("createdAt", now.toString()), COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("Key id collision; try again", e);
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").ne(id)), Update.update("active", false), COLLECTION);
        return key;
    }

    private List<KeyMaterial> stored() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(d -> new KeyMaterial(d.getString("_id"), SignatureAlgorithm.valueOf(d.getString("algorithm")),
                        d.getString("publicKey"), d.getString("privateKey"), Boolean.TRUE.equals(d.getBoolean("active")),
                        Instant.parse(d.getString("createdAt"))))
                .toList();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return bytes;
    }
}

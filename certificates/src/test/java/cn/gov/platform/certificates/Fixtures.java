package cn.gov.platform.certificates;

import cn.gov.platform.certificates.registry.domain.Holder;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.certificates.signing.domain.SignatureAlgorithm;
import cn.gov.platform.certificates.signing.infrastructure.KeyMaterial;
import cn.gov.platform.certificates.signing.infrastructure.KeySource;
import cn.gov.platform.certificates.signing.infrastructure.SignatureSchemes;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Test data in one place: holders, issue requests, an in-memory key source. */
public final class Fixtures {

    /** The example code of the national standard GB 32100. */
    public static final String CREDIT_CODE = "91350100M000100Y43";
    public static final String ID_HASH = "a".repeat(64);
    public static final String COUNTY = "640324000000";
    public static final String MARKET = "county-market-regulation";

    private Fixtures() {
    }

    public static Holder enterprise(String subject) {
        return new Holder(subject, Holder.Kind.ENTERPRISE, "同心县清真食品有限公司", null, CREDIT_CODE);
    }

    public static Holder person(String subject) {
        return new Holder(subject, Holder.Kind.PERSON, "马文华", ID_HASH, null);
    }

    public static IssueData foodPermit(String caseNumber, Holder holder) {
        return new IssueData(caseNumber, "food-operation-permit", holder, MARKET, COUNTY,
                Map.of("operatorName", "同心县清真食品有限公司", "premises", "同心县豫海镇长征路 12 号",
                        "mainForm", "食品销售经营者", "operatingItems", "预包装食品销售"),
                LocalDate.of(2026, 1, 5), LocalDate.of(2031, 1, 4));
    }

    public static String foodPermitJson(String caseNumber, String subject) {
        return """
                {"caseNumber":"%s","typeCode":"food-operation-permit",
                 "holder":{"subject":"%s","kind":"enterprise","displayName":"同心县清真食品有限公司","creditCode":"%s"},
                 "issuingDepartment":"%s","issuingDivision":"%s",
                 "fields":{"operatorName":"同心县清真食品有限公司","premises":"同心县豫海镇长征路 12 号",
                           "mainForm":"食品销售经营者","operatingItems":"预包装食品销售"},
                 "validFrom":"2026-01-05"}
                """.formatted(caseNumber, subject, CREDIT_CODE, MARKET, COUNTY);
    }

    /** Keys in memory, rotating like the database-backed source does. */
    public static final class MemoryKeys implements KeySource {

        private final List<KeyMaterial> keys = new ArrayList<>();
        private int counter;

        public MemoryKeys(SignatureAlgorithm algorithm) {
            rotate(algorithm);
        }

        @Override
        public List<KeyMaterial> load() {
            return List.copyOf(keys);
        }

        @Override
        public KeyMaterial rotate(SignatureAlgorithm algorithm) {
            KeyPair pair = SignatureSchemes.generate(algorithm);
            keys.replaceAll(k -> new KeyMaterial(k.keyId(), k.algorithm(), k.publicKey(), k.privateKey(), false,
                    k.createdAt()));
            KeyMaterial key = new KeyMaterial("key-" + (++counter), algorithm,
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), true,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(counter));
            keys.add(key);
            return key;
        }
    }
}

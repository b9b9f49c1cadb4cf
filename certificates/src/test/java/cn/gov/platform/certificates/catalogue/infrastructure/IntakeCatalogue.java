package cn.gov.platform.certificates.catalogue.infrastructure;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's service catalogue as its {@code catalogue} artifact publishes it (test scope: the data
 * file only, no class of intake), read for what this registry must be able to issue: each item's
 * result, the certificate type it names, the departments and divisions that decide it, and the
 * certificate types its materials accept instead of paper (CAT-3).
 */
public final class IntakeCatalogue {

    /** A result that reads as a certificate: 证, 证书, 执照, 许可证, optionally with a note (补领). */
    private static final Pattern CERTIFICATE_RESULT = Pattern.compile(".*(证|证书|执照)(（[^）]*）)?");

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private IntakeCatalogue() {
    }

    /** One item as far as results go. */
    public record Item(String code, String name, String result, @Nullable String resultCertificateType,
            List<String> materialCertificateTypes, List<Implementation> implementations) {

        /** The item's result is a certificate a holder keeps (not a notice, a receipt or an opinion). */
        public boolean resultIsACertificate() {
            return resultCertificateType != null || CERTIFICATE_RESULT.matcher(result).matches();
        }
    }

    /** Where an item is decided: the department and the division of one implementation. */
    public record Implementation(String department, String division) {
    }

    /** The items of intake's seed catalogue. */
    public static List<Item> items() {
        try (InputStream in = new ClassPathResource("catalogue/tongxin-items.json").getInputStream()) {
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("intake's catalogue artifact is not on the test class path", e);
        }
    }

    static List<Item> parse(JsonNode file) {
        List<Item> items = new ArrayList<>();
        for (JsonNode i : file.get("items")) {
            List<String> materials = new ArrayList<>();
            for (JsonNode m : i.path("materials")) {
                if (m.path("certificateType").isString()) {
                    materials.add(m.get("certificateType").asString());
                }
            }
            List<Implementation> implementations = new ArrayList<>();
            for (JsonNode impl : i.path("implementations")) {
                implementations.add(new Implementation(impl.get("department").asString(),
                        impl.get("division").asString()));
            }
            JsonNode type = i.path("resultCertificateType");
            items.add(new Item(i.get("code").asString(), i.get("name").asString(), i.get("result").asString(),
                    type.isString() ? type.asString() : null, List.copyOf(materials), List.copyOf(implementations)));
        }
        return List.copyOf(items);
    }

    /** The registry this service starts with. */
    public static CertificateTypes registry() {
        return CatalogueFile.load(new ClassPathResource("catalogue/certificate-types.json"), JSON);
    }

    /**
     * Every way the items do not fit the registry, one line each: a result that reads as a
     * certificate but names no type, a type the registry does not have, a type a deciding
     * department may not issue, and a material's type the registry does not have.
     */
    public static List<String> misfits(List<Item> items, CertificateTypes registry) {
        List<String> misfits = new ArrayList<>();
        for (Item item : items) {
            if (item.resultIsACertificate() && item.resultCertificateType() == null) {
                misfits.add(item.code() + ": result " + item.result() + " is a certificate but names no type");
            }
            if (item.resultCertificateType() != null) {
                Optional<CertificateType> type = registry.find(item.resultCertificateType());
                if (type.isEmpty()) {
                    misfits.add(item.code() + ": result type " + item.resultCertificateType() + " is not in the registry");
                } else {
                    item.implementations().stream().map(Implementation::department).distinct()
                            .filter(d -> !type.get().issuableBy(d))
                            .forEach(d -> misfits.add(item.code() + ": " + d + " decides the item but may not issue "
                                    + type.get().code()));
                }
            }
            item.materialCertificateTypes().stream().distinct().filter(t -> registry.find(t).isEmpty())
                    .forEach(t -> misfits.add(item.code() + ": material type " + t + " is not in the registry"));
        }
        return misfits;
    }
}

package cn.gov.platform.certificates.catalogue.infrastructure;

import cn.gov.platform.certificates.catalogue.domain.CertificateType;
import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.catalogue.domain.FieldSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue as a data file, read once at start; a broken file stops the service from starting. */
public final class CatalogueFile implements CertificateTypes {

    private final Map<String, CertificateType> types;

    private CatalogueFile(Map<String, CertificateType> types) {
        this.types = types;
    }

    public static CatalogueFile load(Resource resource, JsonMapper json) {
        try (InputStream in = resource.getInputStream()) {
            Catalogue file = json.readValue(in, Catalogue.class);
            Map<String, CertificateType> types = new LinkedHashMap<>();
            Set<String> prefixes = new HashSet<>();
            for (TypeEntry t : file.types()) {
                CertificateType type = new CertificateType(t.code(), t.prefix(), t.name(), t.nameEn(),
                        Set.copyOf(t.holderKinds()), t.issuingDepartments(), t.legalBasis(), t.validityYears(),
                        t.maxValidityYears(), t.fields());
                if (types.put(type.code(), type) != null || !prefixes.add(type.prefix())) {
                    throw new IllegalStateException("Duplicate certificate type code or prefix: " + type.code());
                }
            }
            return new CatalogueFile(Map.copyOf(types));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate-type catalogue " + resource, e);
        }
    }

    @Override
    public Optional<CertificateType> find(String code) {
        return Optional.ofNullable(types.get(code));
    }

    @Override
    public List<CertificateType> all() {
        return types.values().stream().sorted(java.util.Comparator.comparing(CertificateType::code)).toList();
    }

    record Catalogue(List<TypeEntry> types) {
    }

    record TypeEntry(String code, String prefix, String name, String nameEn, List<String> holderKinds,
            List<String> issuingDepartments, String legalBasis, @Nullable Integer validityYears,
            @Nullable Integer maxValidityYears, List<FieldSpec> fields) {
    }
}

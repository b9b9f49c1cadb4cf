package cn.gov.platform.credit.measures.infrastructure;

import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.ListType;
import cn.gov.platform.credit.measures.domain.Measure;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.measures.domain.MeasureKind;
import cn.gov.platform.credit.measures.domain.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue comes from {@code resources/catalogue/measures.json}, reviewed like code: a new
 * version of a measure is a new object in the file with a higher version and its own
 * {@code validFrom}; old versions stay so that old checks can still be explained.
 */
@Configuration(proxyBeanMethods = false)
public class MeasuresConfiguration {

    record FileType(String code, ListColour colour, String nameZh, String nameEn, Severity severity, String keeper) {
    }

    record FileMeasure(String id, int version, String listType, MeasureKind kind, Set<String> items, String legalBasis,
            String descriptionZh, String descriptionEn, LocalDate validFrom) {
    }

    record CatalogueFile(String source, List<FileType> listTypes, List<FileMeasure> measures) {
    }

    @Bean
    MeasureCatalogue measureCatalogue(JsonMapper json) throws IOException {
        return load(json);
    }

    public static MeasureCatalogue load(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("catalogue/measures.json").getInputStream()) {
            CatalogueFile file = json.readValue(in, CatalogueFile.class);
            return new MeasureCatalogue(
                    file.listTypes().stream().map(t -> new ListType(t.code(), t.colour(), t.nameZh(), t.nameEn(),
                            t.severity(), t.keeper())).toList(),
                    file.measures().stream().map(m -> new Measure(m.id(), m.version(), m.listType(), m.kind(), m.items(),
                            m.legalBasis(), m.descriptionZh(), m.descriptionEn(), m.validFrom())).toList());
        }
    }
}

package cn.gov.platform.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/** What services' domain packages may use from support must itself know no framework. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption((Location location) -> !location.contains("/test-classes/"))
            .importPackages("cn.gov.platform.support");

    @Test
    void theSharedDomainTypesKnowNoSpringAndNoMongo() {
        noClasses().that().resideInAnyPackage("cn.gov.platform.support.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "tools.jackson..", "io.micrometer..", "jakarta..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}

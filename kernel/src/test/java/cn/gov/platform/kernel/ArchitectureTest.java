package cn.gov.platform.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/** Every service's domain packages may use the kernel, so the kernel itself knows no framework. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption((Location location) -> !location.contains("/test-classes/"))
            .importPackages("cn.gov.platform.kernel");

    @Test
    void theKernelKnowsNoSpringNoMongoNoWeb() {
        noClasses().that().resideInAnyPackage("cn.gov.platform.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "tools.jackson..", "com.fasterxml..", "io.micrometer..", "jakarta..", "cn.gov.platform.support..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}

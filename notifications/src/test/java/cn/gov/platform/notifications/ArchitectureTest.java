package cn.gov.platform.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries the architecture promises, checked on the classes that exist (an empty rule fails). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.platform.notifications");

    @Test
    void theDomainKnowsNoSpringAndNoMongoDb() {
        noClasses().that().resideInAPackage("..notifications.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "tools.jackson..", "..infrastructure..", "..web..", "..application..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void webNeverReachesAStoreOrAnAdapter() {
        noClasses().that().resideInAPackage("..notifications.*.web..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..",
                        "org.springframework.data..", "com.mongodb..", "org.bson..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void applicationServicesUsePortsNotAdapters() {
        noClasses().that().resideInAPackage("..notifications.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework..",
                        "com.mongodb..", "org.bson..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}

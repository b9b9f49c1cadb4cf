package cn.gov.platform.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theContractsKnowNoFrameworkNoStoreAndNoService() {
        noClasses().that().resideInAPackage("cn.gov.platform.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "io.lettuce..", "io.micrometer..", "cn.gov.platform.support..",
                        "cn.gov.platform.intake..", "cn.gov.platform.credit..", "cn.gov.platform.certificates..",
                        "cn.gov.platform.notifications..")
                .allowEmptyShould(false)
                .check(new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                        .importPackages("cn.gov.platform.events"));
    }
}

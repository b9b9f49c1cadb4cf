package cn.gov.platform.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked against the packages that exist (so it checks something). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gov.platform.intake");

    @Test
    void theRulesBelowLookAtRealPackages() {
        Set<String> packages = CLASSES.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages).contains("cn.gov.platform.intake.catalogue.domain", "cn.gov.platform.intake.calendar.domain",
                "cn.gov.platform.intake.cases.domain", "cn.gov.platform.intake.cases.web",
                "cn.gov.platform.intake.catalogue.web", "cn.gov.platform.intake.cases.infrastructure");
    }

    @Test
    void theDomainKnowsNoSpringAndNoMongo() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                        "tools.jackson..", "io.micrometer..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.intake..application..", "cn.gov.platform.intake..infrastructure..",
                        "cn.gov.platform.intake..web..")
                .check(CLASSES);
    }

    @Test
    void webNeverTouchesRepositoriesOrInfrastructure() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.intake..infrastructure..", "org.springframework.data..",
                        "com.mongodb..")
                .check(CLASSES);
    }

    @Test
    void applicationServicesUsePortsNotAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.intake..infrastructure..",
                        "cn.gov.platform.intake..web..",
                        "org.springframework.data..", "com.mongodb..")
                .check(CLASSES);
    }

    @Test
    void adaptersAreNotPublic() {
        classes().that().resideInAPackage("..infrastructure..").and().haveSimpleNameNotEndingWith("Configuration")
                .and().areTopLevelClasses()
                .should().notBePublic()
                .check(CLASSES);
    }
}

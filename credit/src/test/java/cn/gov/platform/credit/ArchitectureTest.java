package cn.gov.platform.credit;

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
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gov.platform.credit");

    @Test
    void theRulesBelowLookAtRealPackages() {
        Set<String> packages = CLASSES.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages).contains("cn.gov.platform.credit.lists.domain", "cn.gov.platform.credit.checks.domain",
                "cn.gov.platform.credit.measures.domain", "cn.gov.platform.credit.petitions.domain",
                "cn.gov.platform.credit.publicity.domain", "cn.gov.platform.credit.classes.domain",
                "cn.gov.platform.credit.imports.domain", "cn.gov.platform.credit.subjects.domain",
                "cn.gov.platform.credit.checks.web", "cn.gov.platform.credit.lists.infrastructure");
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
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.credit..application..", "cn.gov.platform.credit..infrastructure..",
                        "cn.gov.platform.credit..web..")
                .check(CLASSES);
    }

    @Test
    void webNeverTouchesRepositoriesOrInfrastructure() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.credit..infrastructure..", "org.springframework.data..",
                        "com.mongodb..")
                .check(CLASSES);
    }

    @Test
    void applicationServicesUsePortsNotAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gov.platform.credit..infrastructure..",
                        "cn.gov.platform.credit..web..",
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

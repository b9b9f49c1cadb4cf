package cn.gov.platform.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layering of docs/architecture.md as ArchUnit rules, one copy for every service. Each service
 * keeps a small ArchitectureTest that imports its own classes with {@link #mainClasses(String)} and
 * checks these rules for its base package (e.g. {@code cn.gov.platform.intake}). Every rule fails when
 * it selects no class, so a renamed package cannot make it pass by checking nothing.
 */
public final class ArchitectureRules {

    /**
     * Leaves out compiled tests by the path segment {@code /test-classes/}, wherever the build
     * directory is ({@code -Dbuild.dir=target-x}); ArchUnit's DO_NOT_INCLUDE_TESTS only knows
     * {@code target/test-classes}.
     */
    public static final ImportOption NO_TEST_CLASSES = location -> !location.contains("/test-classes/");

    /** Frameworks the domain never sees: it is plain Java plus support's Spring-free types. */
    private static final List<String> FRAMEWORKS = List.of("org.springframework..", "com.mongodb..", "org.bson..",
            "tools.jackson..", "io.micrometer..", "jakarta.servlet..");

    private ArchitectureRules() {
    }

    /** The service's production classes (no tests) below its base package. */
    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(NO_TEST_CLASSES).importPackages(basePackage);
    }

    /** The domain knows no framework (plus {@code alsoForbidden}, e.g. a vendor SDK) and no outer layer. */
    public static ArchRule domainKnowsNoFrameworkAndNoOuterLayer(String basePackage, String... alsoForbidden) {
        String[] forbidden = Stream.concat(Stream.concat(FRAMEWORKS.stream(), Stream.of(alsoForbidden)),
                Stream.of("..application..", "..infrastructure..", "..web..")).toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(false);
    }

    /** Controllers reach the store only through application services, never an adapter or a driver. */
    public static ArchRule webNeverReachesAStoreOrAnAdapter(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "org.springframework.data..",
                        "com.mongodb..", "org.bson..")
                .allowEmptyShould(false);
    }

    /** Application services talk to ports; adapters, controllers and drivers stay out (plus {@code alsoForbidden}). */
    public static ArchRule applicationServicesUsePortsNotAdapters(String basePackage, String... alsoForbidden) {
        String[] forbidden = Stream.concat(Stream.of("..infrastructure..", basePackage + "..web..", "org.springframework.data..",
                "com.mongodb..", "org.bson.."), Stream.of(alsoForbidden)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(basePackage + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(false);
    }

    /**
     * No package cycles between the service's features (the packages right below the base, e.g.
     * {@code intake.cases}, {@code intake.supervision}): when two features need each other, one of them
     * declares a port in its own language and the other implements it, so each can change on its own.
     */
    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(false);
    }

    /** Adapters are wired by their feature's {@code *Configuration} and are not used from elsewhere. */
    public static ArchRule adaptersAreNotPublic(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..infrastructure..")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .and().areTopLevelClasses()
                .should().notBePublic()
                .allowEmptyShould(false);
    }
}

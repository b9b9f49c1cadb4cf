package cn.gov.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md (testkit's shared {@link ArchitectureRules}) checked on intake's classes. */
class ArchitectureTest {

    private static final String BASE = "cn.gov.platform.intake";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

    @Test
    void theRulesBelowLookAtRealPackages() {
        Set<String> packages = CLASSES.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages).contains("cn.gov.platform.intake.catalogue.domain",
                "cn.gov.platform.intake.cases.domain", "cn.gov.platform.intake.cases.web",
                "cn.gov.platform.intake.catalogue.web", "cn.gov.platform.intake.cases.infrastructure");
    }

    @Test
    void theDomainKnowsNoFrameworkAndNoOuterLayer() {
        ArchitectureRules.domainKnowsNoFrameworkAndNoOuterLayer(BASE).check(CLASSES);
    }

    @Test
    void webNeverReachesAStoreOrAnAdapter() {
        ArchitectureRules.webNeverReachesAStoreOrAnAdapter(BASE).check(CLASSES);
    }

    @Test
    void theFeaturesHaveNoPackageCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(BASE).check(CLASSES);
    }

    @Test
    void applicationServicesUsePortsNotAdapters() {
        ArchitectureRules.applicationServicesUsePortsNotAdapters(BASE).check(CLASSES);
    }

    @Test
    void adaptersAreNotPublic() {
        ArchitectureRules.adaptersAreNotPublic(BASE).check(CLASSES);
    }
}

package cn.gov.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md (testkit's shared {@link ArchitectureRules}) checked on credit's classes. */
class ArchitectureTest {

    private static final String BASE = "cn.gov.platform.credit";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

    @Test
    void theRulesBelowLookAtRealPackages() {
        Set<String> packages = CLASSES.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertThat(packages).contains("cn.gov.platform.credit.lists.domain", "cn.gov.platform.credit.checks.domain",
                "cn.gov.platform.credit.measures.domain", "cn.gov.platform.credit.petitions.domain",
                "cn.gov.platform.credit.publicity.domain", "cn.gov.platform.credit.classes.domain",
                "cn.gov.platform.credit.imports.domain", "cn.gov.platform.credit.subjects.domain",
                "cn.gov.platform.credit.checks.web", "cn.gov.platform.credit.lists.infrastructure",
                "cn.gov.platform.credit.calendar.application", "cn.gov.platform.credit.calendar.infrastructure");
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

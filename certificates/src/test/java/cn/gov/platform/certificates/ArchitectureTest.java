package cn.gov.platform.certificates;

import cn.gov.platform.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md (testkit's shared {@link ArchitectureRules}) checked on certificates's classes.
 * Some of certificates's adapters are public, so the not-public rule is not applied here.
 */
class ArchitectureTest {

    private static final String BASE = "cn.gov.platform.certificates";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses(BASE);

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

}

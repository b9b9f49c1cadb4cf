package cn.gov.platform.devprofile.credit;

import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.subjects.application.CreditSubjects;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credit on a developer's machine: the demo users' list entries, and the benchmark's subject aliases. */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.credit.CreditApplication")
public class CreditDevConfiguration {

    /** {@code platform.credit.demo-data=true} ({@code CREDIT_DEMO_DATA}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "platform.credit.demo-data", havingValue = "true")
    static class Demo {

        @Bean
        DemoEntries creditDemoEntries(Entries entries, EntriesInForce index, SubjectHasher hasher, Clock clock) {
            return new DemoEntries(entries, index, hasher, clock);
        }
    }

    /** {@code platform.bench.enabled=true} ({@code BENCH_ENDPOINTS}, or {@code PLATFORM_BENCH_ENABLED}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "platform.bench.enabled", havingValue = "true")
    static class Bench {

        @Bean
        BenchAliases benchAliases(CreditSubjects subjects) {
            return new BenchAliases(subjects);
        }
    }
}

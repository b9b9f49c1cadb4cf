package cn.gov.platform.devprofile.identity;

import cn.gov.platform.identity.audit.application.AuditLog;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.mandate.application.MandateService;
import cn.gov.platform.identity.mandate.domain.Agents;
import cn.gov.platform.identity.mandate.domain.Mandates;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.staff.application.StaffService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The local realm's demo users get their identity records (IDENTITY_DEMO_DATA=true). */
@AutoConfiguration
@ConditionalOnClass(name = "cn.gov.platform.identity.IdentityApplication")
@ConditionalOnProperty(name = "identity.demo-data.enabled", havingValue = "true")
public class IdentityDemoConfiguration {

    @Bean
    DemoData identityDemoData(Accounts accounts, Persons persons, Agents agents, Mandates mandates,
            MandateService mandateService, Enterprises enterprises, StaffService staff, AuditLog audit, Clock clock) {
        return new DemoData(accounts, persons, agents, mandates, mandateService, enterprises, staff, audit, clock);
    }
}

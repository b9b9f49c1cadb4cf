package cn.gov.platform.identity;

import cn.gov.platform.identity.audit.domain.AuditTrail;
import cn.gov.platform.identity.audit.infrastructure.MongoAuditTrail;
import cn.gov.platform.identity.cache.CheckCache;
import cn.gov.platform.identity.division.domain.DivisionTree;
import cn.gov.platform.identity.division.infrastructure.DivisionFile;
import cn.gov.platform.identity.enterprise.domain.Enterprises;
import cn.gov.platform.identity.enterprise.infrastructure.MongoEnterprises;
import cn.gov.platform.identity.mandate.domain.Agents;
import cn.gov.platform.identity.mandate.domain.Mandates;
import cn.gov.platform.identity.mandate.infrastructure.MongoAgents;
import cn.gov.platform.identity.mandate.infrastructure.MongoMandates;
import cn.gov.platform.identity.person.domain.Accounts;
import cn.gov.platform.identity.person.application.RegistrationReclaim;
import cn.gov.platform.identity.person.domain.Persons;
import cn.gov.platform.identity.person.domain.RegistrationIntents;
import cn.gov.platform.identity.person.infrastructure.MongoRegistrationIntents;
import cn.gov.platform.identity.person.infrastructure.RegistrationSweep;
import cn.gov.platform.identity.person.domain.PreferencesStore;
import cn.gov.platform.identity.person.domain.RealNameVerifier;
import cn.gov.platform.identity.person.domain.Sealer;
import cn.gov.platform.identity.person.infrastructure.AesGcmSealer;
import cn.gov.platform.identity.person.infrastructure.HttpRealNameVerifier;
import cn.gov.platform.identity.person.domain.Suspensions;
import cn.gov.platform.identity.person.domain.TokenRefusals;
import cn.gov.platform.identity.person.infrastructure.KeycloakAccounts;
import cn.gov.platform.identity.person.infrastructure.MongoSuspensions;
import cn.gov.platform.identity.person.infrastructure.RedisTokenRefusals;
import cn.gov.platform.support.security.SuspendedAccounts;
import cn.gov.platform.identity.person.infrastructure.MongoPersons;
import cn.gov.platform.identity.person.infrastructure.MongoPersonRecords;
import cn.gov.platform.identity.person.domain.PersonRecords;
import cn.gov.platform.identity.person.infrastructure.MongoPreferencesStore;
import cn.gov.platform.identity.person.infrastructure.UnconfiguredRealNameVerifier;
import cn.gov.platform.identity.staff.domain.StaffPositions;
import cn.gov.platform.identity.staff.infrastructure.MongoStaffPositions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The one place where the domain's ports meet their adapters; also turns on scheduling (the registration sweep). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityWiring {

    @Bean
    DivisionTree divisionTree(IdentityProperties properties, ResourceLoader resources, JsonMapper json) {
        return DivisionFile.load(resources.getResource(properties.divisions().file()), json);
    }

    @Bean
    Sealer sealer(IdentityProperties properties) {
        return new AesGcmSealer(properties.dataProtection().key());
    }

    @Bean
    Persons persons(MongoTemplate mongo, Sealer sealer) {
        return new MongoPersons(mongo, sealer);
    }

    /** People served at a window without an account (issue 17). */
    @Bean
    PersonRecords personRecords(MongoTemplate mongo, Sealer sealer) {
        return new MongoPersonRecords(mongo, sealer);
    }

    @Bean
    PreferencesStore preferencesStore(MongoTemplate mongo, Clock clock) {
        return new MongoPreferencesStore(mongo, clock);
    }

    @Bean
    RegistrationIntents registrationIntents(MongoTemplate mongo) {
        return new MongoRegistrationIntents(mongo);
    }

    @Bean
    RegistrationSweep registrationSweep(RegistrationReclaim reclaim) {
        return new RegistrationSweep(reclaim);
    }

    @Bean
    Suspensions suspensions(MongoTemplate mongo) {
        return new MongoSuspensions(mongo);
    }

    @Bean
    TokenRefusals tokenRefusals(StringRedisTemplate redis, ObjectProvider<SuspendedAccounts> own) {
        return new RedisTokenRefusals(redis, own.getIfAvailable());
    }

    @Bean(destroyMethod = "close")
    KeycloakAccounts accounts(IdentityProperties properties) {
        return new KeycloakAccounts(properties.keycloak());
    }

    /** The provider at {@code REALNAME_PROVIDER_URL}; without one, every verification is refused (never passed). */
    @Bean
    RealNameVerifier realNameVerifier(IdentityProperties properties) {
        return properties.realName().configured()
                ? new HttpRealNameVerifier(properties.realName(), RestClient.builder())
                : new UnconfiguredRealNameVerifier();
    }

    @Bean
    Enterprises enterprises(MongoTemplate mongo) {
        return new MongoEnterprises(mongo);
    }

    @Bean
    Mandates mandates(MongoTemplate mongo) {
        return new MongoMandates(mongo);
    }

    @Bean
    Agents agents(MongoTemplate mongo) {
        return new MongoAgents(mongo);
    }

    @Bean
    StaffPositions staffPositions(MongoTemplate mongo) {
        return new MongoStaffPositions(mongo);
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo) {
        return new MongoAuditTrail(mongo);
    }

    @Bean
    CheckCache checkCache(StringRedisTemplate redis, JsonMapper json, Clock clock, IdentityProperties properties,
            MeterRegistry meters) {
        return new CheckCache(redis, json, clock, properties.checks().ttl(), meters);
    }
}

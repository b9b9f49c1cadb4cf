package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.kernel.calendar.DeadlineClock;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import cn.gov.platform.intake.cases.application.CaseAccess;
import cn.gov.platform.intake.cases.application.CaseChanges;
import cn.gov.platform.intake.cases.application.CaseCredit;
import cn.gov.platform.intake.cases.application.CaseDeadlines;
import cn.gov.platform.intake.cases.application.CaseLookup;
import cn.gov.platform.intake.cases.application.CaseNumbers;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.application.DataExchange;
import cn.gov.platform.intake.cases.application.MaterialChecks;
import cn.gov.platform.intake.cases.application.DecisionService;
import cn.gov.platform.intake.cases.application.FilingService;
import cn.gov.platform.intake.cases.application.WindowService;
import cn.gov.platform.intake.cases.application.CertificateReferences;
import cn.gov.platform.intake.cases.application.CreditChecks;
import cn.gov.platform.intake.cases.application.CaseDocuments;
import cn.gov.platform.intake.cases.application.CounterFilingService;
import cn.gov.platform.intake.cases.application.DocumentPrinter;
import cn.gov.platform.intake.cases.application.IssuedDocuments;
import cn.gov.platform.intake.cases.application.Mandates;
import cn.gov.platform.intake.cases.application.PersonRecords;
import cn.gov.platform.intake.cases.application.MaterialOpenings;
import cn.gov.platform.intake.cases.application.MaterialReview;
import cn.gov.platform.intake.cases.application.MaterialStorage;
import cn.gov.platform.intake.cases.application.NumberSeries;
import cn.gov.platform.intake.cases.application.StaffAuthority;
import cn.gov.platform.intake.cases.domain.AcceptancePolicy;
import cn.gov.platform.intake.cases.domain.ApprovalRule;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.application.Departments;
import cn.gov.platform.support.client.ServiceTokens;
import cn.gov.platform.support.events.OutboxHints;
import feign.RequestInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

/** Every port of the case feature and the adapter behind it, in one place. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
@EnableFeignClients(clients = {IdentityClient.class, CreditClient.class})
@EnableScheduling
public class CasesConfiguration {

    /** The rules an approval must pass, in the order their refusals are reported. */
    private static final List<ApprovalRule> APPROVAL_RULES = List.of(new ApprovalRule.ToleratedMaterialsHaveArrived(),
            new ApprovalRule.JointTasksApproved(), new ApprovalRule.AdditionalReviewGiven());

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(LocalDateConverters.ToText.INSTANCE,
                LocalDateConverters.FromText.INSTANCE));
    }

    @Bean
    CaseStore caseStore(MongoTemplate mongo, OutboxHints hints) {
        return new MongoCaseStore(mongo, hints);
    }

    @Bean
    NumberSeries numberSeries(StringRedisTemplate redis) {
        return new RedisNumberSeries(redis);
    }

    @Bean
    MaterialStorage materialStorage(GridFsTemplate gridFs) {
        return new GridFsMaterialStorage(gridFs);
    }

    @Bean
    ServiceTokens serviceTokens(CasesProperties properties, Clock clock) {
        CasesProperties.ServiceClient client = properties.serviceClient();
        // Short timeouts: a login that hangs would hold every identity check behind it.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        return new ServiceTokens(RestClient.builder().requestFactory(requests).build(), client.tokenUri().toString(), client.clientId(), client.clientSecret(),
                clock);
    }

    /** Every Feign call of this service carries its own service-account token, never the user's. */
    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceTokens tokens) {
        return template -> template.header("Authorization", "Bearer " + tokens.current());
    }

    @Bean
    IdentityChecks identityChecks(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityChecks(client, breakers);
    }

    @Bean
    CreditService creditChecks(CreditClient client, CircuitBreakerFactory<?, ?> breakers, Clock clock) {
        return new CreditService(client, breakers, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.credit.feedback-enabled", havingValue = "true", matchIfMissing = true)
    CreditFeedbackRelay creditFeedbackRelay(MongoTemplate mongo, CreditChecks credit, CasesProperties properties,
            Clock clock, MeterRegistry meters) {
        return new CreditFeedbackRelay(mongo, credit, properties.credit().feedbackBatch(), clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.intake.deemed-consent.enabled", havingValue = "true", matchIfMissing = true)
    DeemedConsentSweep deemedConsentSweep(CaseStore cases, DecisionService decisions, Clock clock,
            StringRedisTemplate redis, CasesProperties properties, MeterRegistry meters) {
        return new DeemedConsentSweep(cases, decisions, clock, redis, properties.deemedConsent().batch(), meters);
    }

    /** Cases as holders of deadlines, for the recomputation after a calendar year is published. */
    @Bean
    CaseDeadlines caseDeadlines(CaseStore store, CatalogueService catalogue, WorkingDayCalendar calendar, Clock clock,
            MeterRegistry meters) {
        return new CaseDeadlines(store, catalogue, calendar, clock, meters);
    }

    @Bean
    PersonRecords personRecords(IdentityClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IdentityPersonRecords(client, breakers);
    }

    @Bean
    CaseAccess caseAccess(StaffAuthority staff, PersonRecords persons) {
        return new CaseAccess(staff, persons);
    }

    /** Filing at the window for a person present there (issue 17, point 2). */
    @Bean
    CounterFilingService counterFilingService(CaseChanges changes, CatalogueService catalogue, CaseAccess access,
            PersonRecords persons, MaterialChecks checks, MeterRegistry meters) {
        return new CounterFilingService(changes, catalogue, access, persons, checks, meters);
    }

    @Bean
    CaseNumbers caseNumbers(NumberSeries series, CaseStore store, Clock time, MeterRegistry meters) {
        return new CaseNumbers(series, store, time, meters);
    }

    @Bean
    CaseChanges caseChanges(CaseStore store, CaseNumbers numbers, Clock time, MeterRegistry meters,
            org.springframework.beans.factory.ObjectProvider<cn.gov.platform.intake.cases.application.CaseFees> fees) {
        // The fee point (issue 19) when the fee feature is there; looked up lazily, so neither builds the other.
        cn.gov.platform.intake.cases.application.CaseFees lazy = new cn.gov.platform.intake.cases.application.CaseFees() {
            @Override
            public void beforeDelivery(cn.gov.platform.intake.cases.domain.CaseSnapshot c) {
                fees.getIfAvailable(() -> cn.gov.platform.intake.cases.application.CaseFees.NONE).beforeDelivery(c);
            }

            @Override
            public void changed(cn.gov.platform.intake.cases.domain.CaseSnapshot c) {
                fees.getIfAvailable(() -> cn.gov.platform.intake.cases.application.CaseFees.NONE).changed(c);
            }
        };
        return new CaseChanges(store, numbers, time, meters, lazy);
    }

    /** CAT-3: records fetched from the departments holding them, references confirmed by the registry. */
    @Bean
    MaterialChecks materialChecks(CaseChanges changes, CaseAccess access, DataExchange exchange,
            CertificateReferences certificates, MeterRegistry meters) {
        return new MaterialChecks(changes, access, exchange, certificates, meters);
    }

    /**
     * The data-sharing exchange over HTTP ({@code DATA_SHARING_URL}); without an address every fetch is
     * unavailable (the material stays pending), never a made-up answer.
     */
    @Bean
    DataExchange dataExchange(CasesProperties properties, IdentityClient identity, CircuitBreakerFactory<?, ?> breakers,
            org.springframework.context.ApplicationContext context) {
        java.net.URI uri = properties.dataSharing().uri();
        DataSharingClient client = uri == null || uri.toString().isBlank() ? null
                : new org.springframework.cloud.openfeign.FeignClientBuilder(context)
                .forType(DataSharingClient.class, "dataSharing").url(uri.toString()).build();
        return new DataSharingExchange(client, identity, breakers);
    }

    @Bean
    CaseCredit caseCredit(CreditChecks credit, MeterRegistry meters) {
        return new CaseCredit(credit, meters);
    }

    /** The applicant's side: filing, materials, submitting, supplementing, withdrawing. */
    @Bean
    FilingService filingService(CaseChanges changes, CatalogueService catalogue, CaseAccess access, Mandates mandates,
            MaterialStorage files, CertificateReferences certificates, MaterialChecks checks, DeadlineClock clock,
            CasesProperties properties, MeterRegistry meters) {
        return new FilingService(changes, catalogue, access, mandates, files, certificates, checks, clock,
                new FilingService.FileLimits(properties.materials().maxFileSize().toBytes(),
                        properties.materials().allowedTypes()), meters);
    }

    /** The window: accepting, asking once for what is missing, refusing in writing, immediate decisions, delivery. */
    @Bean
    WindowService windowService(CaseChanges changes, CatalogueService catalogue, Departments departments,
            CaseAccess access, CaseNumbers numbers, CaseCredit credit, MaterialChecks checks, DeadlineClock clock) {
        return new WindowService(changes, catalogue, departments, access, numbers, credit, checks, clock,
                AcceptancePolicy.standard(), APPROVAL_RULES);
    }

    /** The decision chain: opinions, joint departments' tasks, deemed consent, reporting upward, green channel. */
    @Bean
    DecisionService decisionService(CaseChanges changes, CaseAccess access, CaseCredit credit, MaterialChecks checks,
            DeadlineClock clock, MeterRegistry meters, Departments departments) {
        return new DecisionService(changes, access, credit, checks, clock, APPROVAL_RULES, meters, departments);
    }

    /** Reading cases: for the API, and for the other features through {@code CaseQueries}. */
    @Bean
    CaseLookup caseLookup(CaseStore store, CaseAccess access) {
        return new CaseLookup(store, access);
    }

    @Bean
    MaterialOpenings materialOpenings(MongoTemplate mongo) {
        return new MongoMaterialOpenings(mongo);
    }

    /** Reading materials back, each opening by staff on the record (issue 17, point 1). */
    @Bean
    MaterialReview materialReview(CaseLookup cases, MaterialStorage files, MaterialOpenings openings, Clock clock) {
        return new MaterialReview(cases, files, openings, clock);
    }

    @Bean
    DocumentPrinter documentPrinter(CasesProperties properties) {
        return new PdfDocumentPrinter(properties.documents().fonts().stream().map(java.nio.file.Path::of).toList());
    }

    @Bean
    IssuedDocuments issuedDocuments(MongoTemplate mongo) {
        return new MongoIssuedDocuments(mongo);
    }

    /** Receipts, notices and decision notices as PDFs, numbered and verifiable (issue 17, point 3). */
    @Bean
    CaseDocuments caseDocuments(CaseLookup cases, CatalogueService catalogue, DocumentPrinter printer,
            IssuedDocuments issued, MaterialStorage files, Clock clock, CasesProperties properties) {
        return new CaseDocuments(cases, catalogue, printer, issued, files, clock, properties.documents().followUpUrl());
    }
}

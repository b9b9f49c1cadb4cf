package cn.gov.platform.certificates;

import cn.gov.platform.certificates.catalogue.domain.CertificateTypes;
import cn.gov.platform.certificates.catalogue.infrastructure.CatalogueFile;
import cn.gov.platform.certificates.registry.application.ChangeStatus;
import cn.gov.platform.certificates.registry.application.ClaimAwaiting;
import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.certificates.registry.application.IssueCertificate;
import cn.gov.platform.certificates.registry.application.PublishStatusList;
import cn.gov.platform.certificates.registry.application.VerifyCertificate;
import cn.gov.platform.certificates.registry.domain.Certificates;
import cn.gov.platform.certificates.registry.domain.NumberSequence;
import cn.gov.platform.certificates.registry.infrastructure.MongoCertificates;
import cn.gov.platform.certificates.registry.infrastructure.CertificatesOutbox;
import cn.gov.platform.certificates.registry.infrastructure.RedisNumberSequence;
import cn.gov.platform.certificates.signing.domain.Signatures;
import cn.gov.platform.certificates.signing.infrastructure.ConfiguredKeySource;
import cn.gov.platform.certificates.signing.infrastructure.GeneratedKeySource;
import cn.gov.platform.certificates.signing.infrastructure.KeyMaterial;
import cn.gov.platform.certificates.signing.infrastructure.KeyRingSignatures;
import cn.gov.platform.certificates.signing.infrastructure.KeySource;
import cn.gov.platform.certificates.signing.infrastructure.MemoizedSignatures;
import cn.gov.platform.certificates.wallet.application.Wallet;
import cn.gov.platform.certificates.wallet.domain.CertificatePrinter;
import cn.gov.platform.certificates.wallet.infrastructure.PdfCertificatePrinter;
import cn.gov.platform.certificates.sharing.application.Sharing;
import cn.gov.platform.certificates.sharing.infrastructure.MongoShares;
import cn.gov.platform.certificates.sharing.infrastructure.MongoUseLog;
import cn.gov.platform.certificates.imports.application.ImportCertificates;
import cn.gov.platform.certificates.imports.infrastructure.ImportWorker;
import cn.gov.platform.certificates.imports.infrastructure.MongoImportJobs;
import cn.gov.platform.events.certificates.CertificateEvents;
import cn.gov.platform.support.events.OutboxHints;
import cn.gov.platform.support.events.OutboxSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** The one place where the domain's ports meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CertificatesWiring {

    @Bean
    CertificateTypes certificateTypes(CertificatesProperties properties, ResourceLoader resources, JsonMapper json) {
        return CatalogueFile.load(resources.getResource(properties.catalogue()), json);
    }

    @Bean
    Signatures signatures(CertificatesProperties properties, MongoTemplate mongo, Clock clock) {
        CertificatesProperties.Signing signing = properties.signing();
        KeySource source = switch (signing.source()) {
            case GENERATED -> new GeneratedKeySource(mongo, signing.algorithm(), clock);
            case CONFIGURED -> new ConfiguredKeySource(signing.keys().stream()
                    .map(k -> new KeyMaterial(k.id(), k.algorithm(), k.publicKey(), k.privateKey(), k.active(),
                            k.createdAt()))
                    .toList());
        };
        return new MemoizedSignatures(new KeyRingSignatures(source, signing.algorithm()), signing.verifiedMemo());
    }

    /** Hints that wake the relay of {@code certificates.events} after a write. */
    @Bean
    OutboxHints outboxHints(StringRedisTemplate redis) {
        return OutboxHints.of(redis, "certificates");
    }

    @Bean
    MongoCertificates mongoCertificates(MongoTemplate mongo, OutboxHints hints) {
        return new MongoCertificates(mongo, hints);
    }

    /** The certificates' outboxes, relayed to {@code certificates.events} by support's event library. */
    @Bean
    OutboxSource certificateEvents(MongoTemplate mongo, OutboxHints hints) {
        return new OutboxSource(CertificateEvents.STREAM, new CertificatesOutbox(mongo), hints);
    }

    @Bean
    NumberSequence numberSequence(StringRedisTemplate redis) {
        return new RedisNumberSequence(redis);
    }

    @Bean
    IssueCertificate issueCertificate(Certificates certificates, CertificateTypes types, NumberSequence sequence,
            Signatures signatures, Clock clock, MeterRegistry meters) {
        return new IssueCertificate(certificates, types, sequence, signatures, clock, meters);
    }

    /** Legacy certificates waiting for their holder's account, handed over when identity names its keys. */
    @Bean
    ClaimAwaiting claimAwaiting(Certificates certificates, HolderDirectory directory, Signatures signatures,
            Clock clock, MeterRegistry meters) {
        return new ClaimAwaiting(certificates, directory, signatures, clock, meters);
    }

    @Bean
    VerifyCertificate verifyCertificate(Certificates certificates, CertificateTypes types, Signatures signatures,
            Clock clock, MeterRegistry meters, ClaimAwaiting claims) {
        return new VerifyCertificate(certificates, types, signatures, clock, meters, claims);
    }

    @Bean
    ChangeStatus changeStatus(Certificates certificates, Clock clock, MeterRegistry meters) {
        return new ChangeStatus(certificates, clock, meters);
    }

    @Bean
    PublishStatusList publishStatusList(Certificates certificates, Signatures signatures, Clock clock,
            CertificatesProperties properties) {
        return new PublishStatusList(certificates, signatures, clock, properties.statusListMaxAge());
    }

    @Bean
    CertificatePrinter certificatePrinter(CertificatesProperties properties) {
        return new PdfCertificatePrinter(properties.pdfFonts().stream().map(java.nio.file.Path::of).toList());
    }

    @Bean
    Wallet wallet(Certificates certificates, CertificateTypes types, CertificatePrinter printer,
            CertificatesProperties properties, MeterRegistry meters, ClaimAwaiting claims) {
        return new Wallet(certificates, types, printer, properties.verifyUrl(), meters, claims);
    }

    @Bean
    Sharing sharing(Certificates certificates, MongoTemplate mongo, Signatures signatures, Clock clock,
            MeterRegistry meters) {
        return new Sharing(certificates, new MongoShares(mongo), new MongoUseLog(mongo), signatures, clock, meters);
    }

    @Bean
    ImportCertificates importCertificates(MongoTemplate mongo, IssueCertificate issue, HolderDirectory directory,
            Clock clock, MeterRegistry meters) {
        return new ImportCertificates(new MongoImportJobs(mongo, clock), issue, directory, clock, meters);
    }

    @Bean
    ImportWorker importWorker(ImportCertificates imports) {
        return new ImportWorker(imports);
    }
}

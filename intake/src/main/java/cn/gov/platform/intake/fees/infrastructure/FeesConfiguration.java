package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.cases.application.CaseAccess;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.fees.application.FeeService;
import cn.gov.platform.intake.fees.application.PaymentNotices;
import cn.gov.platform.intake.fees.domain.CallbackSignature;
import cn.gov.platform.intake.supervision.application.OutboxHints;
import cn.gov.platform.intake.supervision.application.Supervisors;
import cn.gov.platform.kernel.calendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The fees' store, the provider, the receipt printer, the daily reconciliation and the use cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeesProperties.class)
public class FeesConfiguration {

    @Bean
    PaymentNotices paymentNotices(MongoTemplate mongo, OutboxHints relay) {
        return new MongoPaymentNotices(mongo, relay);
    }

    /**
     * The fees. A provider address without a secret refuses to start: callbacks could never be trusted (a
     * production deployment sets PAYMENT_PROVIDER_SECRET from a Secret; only the dev profile has a local one).
     */
    @Bean
    FeeService feeService(FeesProperties p, PaymentNotices notices, MongoTemplate mongo, StringRedisTemplate redis,
            CircuitBreakerFactory<?, ?> breakers, CaseStore cases, CaseAccess access, CatalogueService catalogue,
            Supervisors people, WorkingDayCalendar calendar, Clock clock, MeterRegistry meters,
            @Value("${platform.intake.documents.fonts:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
                    + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") List<String> fonts) {
        boolean hasSecret = p.secret() != null && !p.secret().isBlank();
        if (p.hasProvider() && !hasSecret) {
            throw new IllegalStateException("platform.intake.payments.uri is set but platform.intake.payments.secret "
                    + "(PAYMENT_PROVIDER_SECRET) is not: provider callbacks could not be verified");
        }
        return new FeeService(notices, new RedisPaymentNumbers(redis),
                new HttpPaymentProvider(p.provider(), p.uri(), p.callbackUrl(), breakers),
                hasSecret ? new CallbackSignature(p.secret()) : null, new MongoSeenCallbacks(mongo),
                new MongoUnknownPayments(mongo), new RedisReconciliationLock(redis, p.lockFor()),
                new PdfReceiptPrinter(fonts.stream().map(Path::of).toList()), cases, access, catalogue, people,
                calendar, p.dueDays(), clock, meters);
    }

    @Bean
    ReconciliationSchedule reconciliationSchedule(FeeService fees, Clock clock) {
        return new ReconciliationSchedule(fees, clock);
    }
}

package cn.gov.platform.notifications.inbound.infrastructure;

import cn.gov.platform.notifications.inbound.application.CaseFollowUp;
import cn.gov.platform.notifications.inbound.application.HotlineRatings;
import cn.gov.platform.notifications.inbound.application.InboundSms;
import cn.gov.platform.notifications.messages.application.MessageStore;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.templates.application.TemplateService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Inbound SMS: intake's follow-up behind its breaker, and the service answering each message. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = {IntakeFollowUpClient.class, IntakeHotlineClient.class})
public class InboundConfiguration {

    @Bean
    CaseFollowUp caseFollowUp(IntakeFollowUpClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IntakeCaseFollowUp(client, breakers);
    }

    @Bean
    IntakeHotline intakeHotline(IntakeHotlineClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new IntakeHotline(client, breakers);
    }

    @Bean
    InboundSms inboundSms(MessageStore messages, SmsSenders senders, CaseFollowUp followUp, HotlineRatings ratings,
            TemplateService templates, Clock clock, MeterRegistry meters) {
        return new InboundSms(messages, senders, followUp, ratings, templates, clock, meters);
    }
}

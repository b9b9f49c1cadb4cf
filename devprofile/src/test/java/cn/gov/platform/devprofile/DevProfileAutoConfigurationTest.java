package cn.gov.platform.devprofile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.devprofile.bench.BenchmarkEndpoints;
import cn.gov.platform.devprofile.identity.DevRealNameConfiguration;
import cn.gov.platform.devprofile.identity.DevRealNameProvider;
import cn.gov.platform.devprofile.identity.IdentityDemoConfiguration;
import cn.gov.platform.devprofile.intake.DevBank;
import cn.gov.platform.devprofile.intake.DevBankConfiguration;
import cn.gov.platform.devprofile.intake.DevDataSharingConfiguration;
import cn.gov.platform.devprofile.intake.DevDataSharingExchange;
import cn.gov.platform.devprofile.intake.IntakeBenchConfiguration;
import cn.gov.platform.devprofile.credit.CreditDevConfiguration;
import cn.gov.platform.devprofile.notifications.DevSmsConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every part of the development module is registered as an auto-configuration and stays off unless
 * its switch is on, so adding the jar to a class path changes nothing by itself.
 */
class DevProfileAutoConfigurationTest {

    @Test
    void theAutoConfigurationsAreRegisteredForSpringBootToFind() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            List<String> names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .toList();

            assertThat(names).containsExactlyInAnyOrder(BenchmarkEndpoints.class.getName(),
                    DevRealNameConfiguration.class.getName(), IdentityDemoConfiguration.class.getName(),
                    IntakeBenchConfiguration.class.getName(), CreditDevConfiguration.class.getName(),
                    DevSmsConfiguration.class.getName(), DevDataSharingConfiguration.class.getName(),
                    DevBankConfiguration.class.getName());
        }
    }

    @Test
    void theBenchmarkEndpointsExistOnlyWhenABenchmarkTurnsThemOn() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BenchmarkEndpoints.class));

        runner.run(context -> assertThat(context).doesNotHaveBean(BenchmarkEndpoints.class));
        runner.withPropertyValues("platform.bench.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(BenchmarkEndpoints.class));
        runner.withPropertyValues("platform.bench.enabled=true", "platform.service-path=identity")
                .run(context -> assertThat(context).hasSingleBean(BenchmarkEndpoints.class));
    }

    @Test
    void theRealNameStandInStartsOnlyWithItsSwitchAndOnlyWhereIdentityWouldCallIt() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DevRealNameConfiguration.class))
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

        runner.withPropertyValues("identity.real-name.url=http://127.0.0.1:0")
                .run(context -> assertThat(context).doesNotHaveBean(DevRealNameProvider.class));
        runner.withPropertyValues("identity.real-name.dev-stub=true", "identity.real-name.url=http://127.0.0.1:0")
                .run(context -> assertThat(context.getBean(DevRealNameProvider.class).port()).isPositive());
        runner.withPropertyValues("identity.real-name.dev-stub=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("REALNAME_DEV_STUB=true needs REALNAME_PROVIDER_URL"));
    }

    @Test
    void theDataSharingStandInStartsOnlyWithItsSwitchAndOnlyWhereIntakeWouldCallIt() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DevDataSharingConfiguration.class))
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

        runner.withPropertyValues("platform.intake.data-sharing.uri=http://127.0.0.1:0")
                .run(context -> assertThat(context).doesNotHaveBean(DevDataSharingExchange.class));
        runner.withPropertyValues("platform.intake.data-sharing.dev-stub=true",
                        "platform.intake.data-sharing.uri=http://127.0.0.1:0")
                .run(context -> assertThat(context.getBean(DevDataSharingExchange.class).port()).isPositive());
        runner.withPropertyValues("platform.intake.data-sharing.dev-stub=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("DATA_SHARING_DEV_STUB=true needs DATA_SHARING_URL"));
    }

    @Test
    void theBankStandInStartsOnlyWithItsSwitchAndOnlyWithTheAddressAndSecretIntakeUses() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DevBankConfiguration.class))
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .withBean(java.time.Clock.class, java.time.Clock::systemUTC);

        runner.withPropertyValues("platform.intake.payments.uri=http://127.0.0.1:0",
                        "platform.intake.payments.secret=local-only-bank-stand-in-secret")
                .run(context -> assertThat(context).doesNotHaveBean(DevBank.class));
        runner.withPropertyValues("platform.intake.payments.dev-stub=true",
                        "platform.intake.payments.uri=http://127.0.0.1:0",
                        "platform.intake.payments.secret=local-only-bank-stand-in-secret")
                .run(context -> assertThat(context.getBean(DevBank.class).port()).isPositive());
        runner.withPropertyValues("platform.intake.payments.dev-stub=true",
                        "platform.intake.payments.uri=http://127.0.0.1:0")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("PAYMENT_DEV_STUB=true needs PAYMENT_PROVIDER_URL"));
    }

    @Test
    void noOtherPartIsOnWithoutItsSwitch() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IdentityDemoConfiguration.class, IntakeBenchConfiguration.class,
                        CreditDevConfiguration.class, DevSmsConfiguration.class, DevDataSharingConfiguration.class,
                        DevBankConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean("identityDemoData").doesNotHaveBean("benchCases")
                        .doesNotHaveBean("supervisionBenchGenerator").doesNotHaveBean("creditDemoEntries")
                        .doesNotHaveBean("benchAliases").doesNotHaveBean("devSmsProviders")
                        .doesNotHaveBean(DevDataSharingExchange.class).doesNotHaveBean(DevBank.class));
    }
}

package cn.gov.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * IDN-4 in the running service: whatever a log statement contains, the JSON log line that
 * leaves the process carries no identity number, phone number or token.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingIT extends ServiceIT {

    private static final Logger log = LoggerFactory.getLogger(LogMaskingIT.class);

    @Test
    void personalDataInALogStatementIsMaskedInTheStructuredLine(CapturedOutput output) {
        log.atInfo().addKeyValue("recipient", "13812345678")
                .log("SMS for 11010519491231002X to 13812345678 with Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");

        String line = output.getAll().lines().filter(l -> l.contains("SMS for")).findFirst().orElseThrow();
        assertThat(line).startsWith("{").contains("\"message\":\"SMS for 110***********002X to 138****5678");
        assertThat(line).doesNotContain("11010519491231002X").doesNotContain("13812345678").doesNotContain("eyJhbGci");
        assertThat(line).contains("\"recipient\":\"138****5678\"");
    }

    @Test
    void aRequestCarriesItsIdIntoTheServicesLogLines(CapturedOutput output) throws InterruptedException {
        api().send("GET", "/api/notifications/inbox", null, null, java.util.Map.of("X-Request-Id", "trace-me-1234"));

        // The access line is written when the filter chain returns, which can be just after the client
        // has read a refusal that was flushed early (the 401 here).
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (!output.getAll().contains("trace-me-1234") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(output.getAll()).contains("trace-me-1234");
    }
}

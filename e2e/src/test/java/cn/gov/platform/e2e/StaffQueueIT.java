package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.testkit.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A queue longer than a page (issue 20): the county clerk reads the SUBMITTED queue a page at a time,
 * oldest first, forward and back, in Chinese and in English. The page here holds one case (the
 * portal passes {@code size} on), so that two cases make two pages; the service's page is 200.
 */
class StaffQueueIT {

    private final Api api = RunningPlatform.gateway();

    private void fileFoodPermit(String citizen) {
        Api.Reply filed = api.send("POST", "/api/intake/cases", citizen, "{\"itemCode\":\"SCJG-002\",\"division\":\"640324000000\"}",
                Map.of("Content-Type", "application/json", "Idempotency-Key", "e2e-queue-" + UUID.randomUUID()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aClerkReadsALongQueuePageByPageForwardAndBack() {
        String citizen = RunningPlatform.login("demo-citizen2");
        fileFoodPermit(citizen);
        fileFoodPermit(citizen);
        long total = Steps.get("/api/intake/workbench/cases?state=SUBMITTED", RunningPlatform.login("demo-clerk"))
                .get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);

        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/work?state=SUBMITTED&size=1");
            assertThat(clerk.visible("[data-test=queue-page]").getText())
                    .isEqualTo("第 1 页，共 " + total + " 页（" + total + " 件）");
            assertThat(clerk.all("[data-test=queue] li")).hasSize(1);
            String first = clerk.find("[data-test=queue] li").getDomAttribute("data-case");
            assertThat(clerk.all("[data-test=queue-prev]")).as("nothing before the first page").isEmpty();
            clerk.step("queue-page-1");

            clerk.click("[data-test=queue-next]");
            clerk.wait.until(d -> d.findElement(By.cssSelector("[data-test=queue-page]")).getText().startsWith("第 2 页"));
            String second = clerk.find("[data-test=queue] li").getDomAttribute("data-case");
            assertThat(second).as("the next case of the queue").isNotEqualTo(first);
            clerk.step("queue-page-2");

            clerk.click("#lang");
            clerk.wait.until(d -> d.findElement(By.cssSelector("[data-test=queue-page]")).getText()
                    .equals("Page 2 of " + total + " (" + total + " cases)"));
            assertThat(clerk.find("[data-test=queue-prev]").getText()).isEqualTo("Previous page");
            clerk.step("queue-page-2-en");
            clerk.click("[data-test=queue-prev]");
            clerk.wait.until(d -> d.findElement(By.cssSelector("[data-test=queue-page]")).getText().startsWith("Page 1 of"));
            assertThat(clerk.find("[data-test=queue] li").getDomAttribute("data-case")).isEqualTo(first);
            clerk.step("queue-page-1-again-en");
        }
    }
}

package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's jobs in the browser: publish a calendar year from the State Council's
 * notice (a year no other test reads; every expected date comes from the calendar API), and
 * approve a new wording of an SMS template; and the issuing department's clerk, who alone may
 * (certificates accepts imports from the issuing department's clerk or approver only), imports
 * legacy certificates from a CSV file and watches the progress.
 */
class AdminJourneyIT {

    /** A year nothing else in the end-to-end suite reads or publishes. */
    private static final int YEAR = 2093;

    @Test
    void theAdministratorPublishesAYearWhoseSwappedSaturdayBecomesAWorkingDay() {
        JsonNode before = RunningPlatform.gateway().get("/api/intake/calendar/" + YEAR, null).json();
        LocalDate swapped = firstFreeSaturday(before);
        int versionsBefore = before.get("provisional").asBoolean() ? 0 : before.get("version").asInt();
        LocalDate friday = swapped.minusDays(1);
        JsonNode nextBefore = RunningPlatform.gateway().get("/api/intake/calendar/working-days-after?date=" + friday + "&days=1", null).json();

        try (Browser admin = new Browser()) {
            admin.login("demo-admin").open("/calendar/" + YEAR);
            admin.visible("[data-test=cal-publish]");
            admin.step("admin-calendar-year");
            admin.type("[data-test=cal-notice-number]", "国办发明电〔" + (YEAR - 1) + "〕7号");
            WebElement noticeDate = admin.find("[data-test=cal-notice-date]");
            admin.js("arguments[0].value = arguments[1]", noticeDate, (YEAR - 1) + "-11-04");
            admin.click("[data-test=cal-add-swapped]");
            WebElement day = admin.find("[data-test=cal-swapped] .row:last-child input");
            admin.js("arguments[0].value = arguments[1]", day, swapped.toString());
            admin.step("admin-calendar-form");
            admin.click("[data-test=cal-submit]");
            // The page shows the year as stored: official, with the new swapped Saturday and one version more.
            admin.visible("[data-test=swapped] li[data-day='" + swapped + "']");
            admin.wait.until(d -> d.findElements(By.cssSelector("[data-test=calendar-basis][data-basis=OFFICIAL]")).size() == 1);
            admin.wait.until(d -> d.findElements(By.cssSelector("[data-test=versions] > li")).size() == versionsBefore + 1);
            admin.step("admin-calendar-published");
        }

        JsonNode day = RunningPlatform.gateway().get("/api/intake/calendar/days/" + swapped, null).json();
        assertThat(day.get("workingDay").asBoolean()).as("the swapped Saturday %s works", swapped).isTrue();
        assertThat(day.get("provisional").asBoolean()).isFalse();
        JsonNode nextAfter = RunningPlatform.gateway().get("/api/intake/calendar/working-days-after?date=" + friday + "&days=1", null).json();
        assertThat(nextBefore.toString()).doesNotContain("\"" + swapped + "\"");
        assertThat(nextAfter.toString()).contains("\"" + swapped + "\"");
    }

    /**
     * The first Saturday of the year after its first holiday period that no holiday covers and
     * that is not a working day yet (the store keeps the year an earlier run published).
     */
    private static LocalDate firstFreeSaturday(JsonNode year) {
        LocalDate d = LocalDate.parse(year.get("holidays").get(0).get("to").asString()).plusDays(1);
        while (true) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY && !inHoliday(year, d)
                    && !year.get("swappedWorkingDays").toString().contains("\"" + d + "\"")) {
                return d;
            }
            d = d.plusDays(1);
        }
    }

    private static boolean inHoliday(JsonNode year, LocalDate d) {
        for (JsonNode p : year.get("holidays")) {
            if (!d.isBefore(LocalDate.parse(p.get("from").asString())) && !d.isAfter(LocalDate.parse(p.get("to").asString()))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theAdministratorApprovesANewWordingOfAnSmsTemplate() {
        try (Browser admin = new Browser()) {
            admin.login("demo-admin").open("/templates");
            String item = "li[data-template='case-closed'] ";
            admin.visible(item);
            admin.step("admin-templates");
            int versions = admin.all(item + "li[data-version]").size();
            admin.click(item + "details > summary");
            WebElement text = admin.visible(item + "[data-test=template-text]");
            text.sendKeys("如有疑问请拨打 12345（第 " + (versions + 1) + " 版）。");
            admin.click(item + "[data-test=template-draft]");
            String draft = item + "li[data-version='" + (versions + 1) + "']";
            assertThat(admin.visible(draft).getDomAttribute("data-status")).isEqualTo("DRAFT");
            admin.step("admin-template-draft");
            admin.click(draft + " [data-test=template-approve]");
            admin.wait.until(d -> "APPROVED".equals(d.findElement(By.cssSelector(draft)).getDomAttribute("data-status")));
            admin.step("admin-template-approved");
        }
    }

    @Test
    void theIssuingClerkImportsLegacyCertificatesAndWatchesTheProgressRowByRow() throws IOException {
        String tag = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        StringBuilder csv = new StringBuilder("legacyNumber,typeCode,holderKind,holderSubject,holderName,holderIdHash,"
                + "holderCreditCode,issuingDepartment,issuingDivision,validFrom,validUntil,field.operatorName,"
                + "field.premises,field.mainForm,field.operatingItems\n");
        for (int i = 1; i <= 3; i++) {
            String from = i == 3 ? "2022-02-30" : "2022-03-01";
            csv.append(tag).append('-').append(i).append(",food-operation-permit,enterprise,legacy-holder-").append(i)
                    .append(",同心县第").append(i).append("号食品店,,91640324MA76TX0DXL,county-market-regulation,640324000000,")
                    .append(from).append(",2027-02-28,同心县食品店,豫海镇,食品销售经营者,预包装食品销售\n");
        }
        Path file = Files.createTempFile("legacy", ".csv");
        Files.writeString(file, csv);
        try (Browser clerk = new Browser()) {
            clerk.login("demo-clerk").open("/certificates");
            clerk.visible("[data-test=import-file]").sendKeys(file.toString());
            clerk.step("clerk-import-chosen");
            clerk.click("[data-test=import-start]");
            clerk.wait.until(d -> "finished".equals(d.findElement(By.cssSelector("[data-test=import-state]")).getDomAttribute("data-state")));
            WebElement state = clerk.find("[data-test=import-state]");
            assertThat(state.getDomAttribute("data-imported")).isEqualTo("2");
            assertThat(state.getDomAttribute("data-failed")).isEqualTo("1");
            clerk.visible("[data-test=import-errors]");
            clerk.step("clerk-import-finished");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

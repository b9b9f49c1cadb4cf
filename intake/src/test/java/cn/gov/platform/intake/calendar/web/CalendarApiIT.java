package cn.gov.platform.intake.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import org.junit.jupiter.api.Test;

class CalendarApiIT extends IntakeIT {

    @Test
    void anyoneAsksForNWorkingDaysAfterADate() {
        Api.Reply reply = api().get("/api/intake/calendar/working-days-after?date=2026-09-30&days=1", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("result").asString()).isEqualTo("2026-10-08");
        assertThat(api().get("/api/intake/calendar/days/2026-02-14", null).json().get("workingDay").asBoolean()).isTrue();
    }

    @Test
    void theYearIsPublishedWithItsSource() {
        Api.Reply year = api().get("/api/intake/calendar/2026", null);

        assertThat(year.json().get("holidays").size()).isEqualTo(7);
        assertThat(year.json().get("swappedWorkingDays").size()).isEqualTo(6);
        assertThat(year.json().get("notice").get("date").asString()).isEqualTo("2025-11-04");
        assertThat(year.json().get("provisional").asBoolean()).isFalse();
        assertThat(year.json().get("holidays").get(1).get("nameZh").asString()).isEqualTo("春节");
    }

    @Test
    void aYearWithoutANoticeIsDerivedAndSaysItIsProvisional() {
        // No test publishes 2031 or 2032 (2027's own "done when" is in CalendarRecomputationIT).
        Api.Reply year = api().get("/api/intake/calendar/2031", null);
        Api.Reply after = api().get("/api/intake/calendar/working-days-after?date=2031-12-22&days=20", null);

        assertThat(year.status()).isEqualTo(200);
        assertThat(year.json().get("provisional").asBoolean()).isTrue();
        assertThat(year.json().get("basis").asString()).isEqualTo("PROVISIONAL");
        assertThat(year.json().get("swappedWorkingDays").size()).isZero();
        assertThat(year.json().get("holidays").get(1).get("from").asString()).as("Spring Festival on the lunar calendar")
                .isEqualTo("2031-01-22");
        assertThat(after.status()).isEqualTo(200);
        // Dec 23-31 (7), Thu Jan 1, 2032 off, Jan 2 (8), 5-9, 12-16, 19, 20.
        assertThat(after.json().get("result").asString()).isEqualTo("2032-01-20");
        assertThat(after.json().get("provisional").asBoolean()).isTrue();
        assertThat(api().get("/api/intake/calendar/working-days-after?date=2026-03-02&days=5", null).json()
                .get("provisional").asBoolean()).as("2026 is official").isFalse();
    }

    @Test
    void badQuestionsAre4xxProblemJson() {
        Api.Reply negative = api().get("/api/intake/calendar/working-days-after?date=2026-03-02&days=-1", null);
        Api.Reply noYear = api().get("/api/intake/calendar/working-days-after?date=2101-03-02&days=1", null);
        Api.Reply tooEarly = api().get("/api/intake/calendar/1948", null);
        Api.Reply badDate = api().get("/api/intake/calendar/working-days-after?date=tomorrow&days=1", null);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().get("code").asString()).isEqualTo("YEAR_OUT_OF_RANGE");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.isProblem()).isTrue();
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
    }
}

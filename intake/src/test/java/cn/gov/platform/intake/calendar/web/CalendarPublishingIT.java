package cn.gov.platform.intake.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.testkit.Api;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Publishing official years (issue 14, point 2) over HTTP. Each test publishes a year far from any
 * deadline (2090 and after), so no other test's dates move; the official 2026 is only read.
 */
class CalendarPublishingIT extends IntakeIT {

    /** A valid year: New Year on Jan 1, National Day Oct 1-7, the first Saturday of October worked. */
    static String year(int year, String noticeNumber) {
        LocalDate saturday = LocalDate.of(year, 9, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return """
                {"year":%d,"noticeNumber":"%s","noticeDate":"%d-11-04","noticeTitle":"关于%d年部分节假日安排的通知（测试）",
                 "holidays":[{"names":["NEW_YEAR"],"from":"%d-01-01","to":"%d-01-01"},
                             {"names":["国庆节"],"from":"%d-10-01","to":"%d-10-07"}],
                 "swappedWorkingDays":["%s"]}""".formatted(year, noticeNumber, year - 1, year, year, year, year, year,
                saturday);
    }

    Api.Reply publish(@Nullable String token, String body) {
        return publish(token, body, null);
    }

    Api.Reply publish(@Nullable String token, String body, @Nullable String key) {
        Map<String, String> headers = key == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Idempotency-Key", key);
        return api().send("POST", "/api/intake/calendar/years", token, body, headers);
    }

    @Test
    void anAdministratorPublishesAYearAndEachPublicationIsANewVersionWithTheOldOnesKept() {
        Api.Reply first = publish(admin(), year(2090, "国办发明电〔2089〕9号"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/intake/calendar/2090/versions/1");
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("basis").asString()).isEqualTo("OFFICIAL");
        assertThat(first.json().get("publishedBy").asString()).isEqualTo("demo-admin");
        assertThat(first.json().get("holidays").get(1).get("nameZh").asString()).isEqualTo("国庆节");

        Api.Reply counted = api().get("/api/intake/calendar/2090", null);
        assertThat(counted.json().get("provisional").asBoolean()).as("this instance counts on it at once").isFalse();
        assertThat(counted.json().get("version").asInt()).isEqualTo(1);
        assertThat(counted.json().get("notice").get("number").asString()).isEqualTo("国办发明电〔2089〕9号");
        assertThat(counted.json().has("publishedBy")).as("who published it is for administrators").isFalse();
        assertThat(api().get("/api/intake/calendar/2090", citizen()).json().has("publishedBy")).isFalse();
        assertThat(api().get("/api/intake/calendar/2090", admin()).json().get("publishedBy").asString())
                .isEqualTo("demo-admin");
        assertThat(api().get("/api/intake/calendar/days/2090-10-05", null).json().get("workingDay").asBoolean()).isFalse();

        Api.Reply second = publish(issuer().token("other-admin", "admin"), year(2090, "国办发明电〔2089〕10号"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(api().get("/api/intake/calendar/2090", null).json().get("version").asInt()).isEqualTo(2);

        JsonNode versions = api().get("/api/intake/calendar/2090/versions", admin()).json();
        assertThat(versions.get("count").asInt()).isEqualTo(2);
        JsonNode v1 = versions.get("items").get(0);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("publishedBy").asString()).isEqualTo("demo-admin");
        assertThat(v1.get("publishedAt").asString()).isNotBlank();
        assertThat(v1.get("notice").get("number").asString()).isEqualTo("国办发明电〔2089〕9号");
        assertThat(v1.get("current").asBoolean()).isFalse();
        assertThat(versions.get("items").get(1).get("publishedBy").asString()).isEqualTo("other-admin");
        assertThat(versions.get("items").get(1).get("current").asBoolean()).isTrue();
        assertThat(api().get(first.header("Location"), admin()).json().get("version").asInt()).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode job = api().get("/api/intake/calendar/years/2090/recomputation", admin()).json();
            assertThat(job.get("version").asInt()).isEqualTo(2);
            // Done on the newest version (cases whose clock stands still, left by other tests, are examined too).
            assertThat(job.get("state").asString()).isEqualTo("DONE");
        });
        assertThat(api().get("/api/intake/calendar/2090/versions", admin()).json().get("items").get(0)
                .get("recomputation").get("state").asString()).isIn("SUPERSEDED", "DONE");
    }

    @Test
    void aFaultyYearIsRefusedWithEveryFaultListedAndNothingIsStored() {
        String faulty = """
                {"year":2091,"noticeNumber":" ","noticeDate":"2090-11-04",
                 "holidays":[{"names":["NEW_YEAR"],"from":"2091-01-01","to":"2092-01-02"},
                             {"names":["LANTERN"],"from":"2091-02-05","to":"2091-02-07"},
                             {"names":["NATIONAL_DAY"],"from":"2091-10-01","to":"2091-10-32"}],
                 "swappedWorkingDays":["2091-01-03"]}""";

        Api.Reply refused = publish(admin(), faulty);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("CALENDAR_YEAR_INVALID");
        Set<String> faults = new TreeSet<>();
        refused.json().get("errors").forEach(e -> faults.add(e.get("field").asString() + " " + e.get("code").asString()));
        assertThat(faults).containsExactlyInAnyOrder("notice.number NOTICE_NUMBER_MISSING",
                "holidays[0].to DATE_OUTSIDE_YEAR", "holidays[1].names UNKNOWN_HOLIDAY", "holidays[2].to INVALID_DATE",
                "swappedWorkingDays[0] SWAPPED_DAY_NOT_WEEKEND");
        assertThat(refused.json().get("errors").get(0).get("message").get("zh").asString()).isNotBlank();
        assertThat(api().get("/api/intake/calendar/2091/versions", admin()).json().get("count").asInt())
                .as("nothing stored").isZero();
        assertThat(api().get("/api/intake/calendar/2091", null).json().get("provisional").asBoolean()).isTrue();
    }

    @Test
    void aBodyThatIsNotAYearOrAYearOutsideTheRangeIs400NeverA500() {
        Api.Reply notJson = publish(admin(), "{\"year\":2093,");
        Api.Reply wrongType = publish(admin(), "{\"year\":2093,\"holidays\":\"all of them\"}");
        Api.Reply tooEarly = publish(admin(), year(1948, "old"));
        Api.Reply tooLate = publish(admin(), year(2101, "late"));

        assertThat(List.of(notJson.status(), wrongType.status(), tooEarly.status(), tooLate.status()))
                .containsOnly(400);
        assertThat(notJson.isProblem()).isTrue();
        assertThat(wrongType.json().get("code").asString()).isEqualTo("MALFORMED_BODY");
        List<String> fields = new ArrayList<>();
        tooEarly.json().get("errors").forEach(e -> fields.add(e.get("field").asString() + " " + e.get("code").asString()));
        assertThat(fields).contains("year YEAR_OUT_OF_RANGE");
        assertThat(api().get("/api/intake/calendar/1948/versions", admin()).status()).isEqualTo(400);
        assertThat(api().get("/api/intake/calendar/2101", null).status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorPublishesOrSeesVersions() {
        Api.Reply anonymous = publish(null, year(2094, "x"));
        Api.Reply clerk = publish(clerk(), year(2094, "x"));
        Api.Reply clerkFaulty = publish(clerk(), "{\"year\":1900}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.isProblem()).isTrue();
        assertThat(clerkFaulty.status()).as("the role is checked before the content").isEqualTo(403);
        assertThat(api().get("/api/intake/calendar/2094/versions", null).status()).isEqualTo(401);
        assertThat(api().get("/api/intake/calendar/2094/versions", citizen()).status()).isEqualTo(403);
        assertThat(api().get("/api/intake/calendar/years/2094/recomputation", null).status()).isEqualTo(401);
        assertThat(api().get("/api/intake/calendar/years/2094/recomputation", clerk()).status()).isEqualTo(403);
        assertThat(api().get("/api/intake/calendar/2094/versions", admin()).json().get("count").asInt())
                .as("nothing stored").isZero();
        assertThat(api().get("/api/intake/calendar/years/2094/recomputation", admin()).status())
                .as("never published").isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersWithTheVersionTheFirstStored() {
        String key = "cal-" + UUID.randomUUID();

        Api.Reply first = publish(admin(), year(2095, "n-1"), key);
        Api.Reply retry = publish(admin(), year(2095, "n-1"), key);
        Api.Reply otherBody = publish(admin(), year(2095, "n-2"), key);
        Api.Reply badKey = publish(admin(), year(2095, "n-1"), "short");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("version").asInt()).isEqualTo(first.json().get("version").asInt());
        assertThat(retry.json().get("publishedAt").asString()).isEqualTo(first.json().get("publishedAt").asString());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(api().get("/api/intake/calendar/2095/versions", admin()).json().get("count").asInt()).isEqualTo(1);
        assertThat(publish(admin(), year(2095, "n-1")).json().get("version").asInt())
                .as("without a key the same year again is a new version").isEqualTo(2);
    }

    @Test
    void otherServicesReadThePublishedYearsWithTheServiceRoleOnly() {
        Api.Reply years = api().get("/api/intake/internal/calendar/years", issuer().token("svc-credit", "service"));

        assertThat(years.status()).isEqualTo(200);
        JsonNode y2026 = null;
        for (JsonNode y : years.json()) {
            if (y.get("year").asInt() == 2026) {
                y2026 = y;
            }
        }
        assertThat(y2026).as("the official 2026, seeded").isNotNull();
        List<String> fields = new ArrayList<>(y2026.propertyNames());
        assertThat(fields).containsExactly("year", "version", "notice", "holidays", "swappedWorkingDays", "publishedBy",
                "publishedAt");
        assertThat(y2026.get("version").asInt()).isEqualTo(1);
        assertThat(y2026.get("publishedBy").asString()).isEqualTo("seed");
        assertThat(y2026.get("publishedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(new ArrayList<>(y2026.get("notice").propertyNames())).containsExactly("number", "date", "title");
        assertThat(y2026.get("notice").get("date").asString()).isEqualTo("2025-11-04");
        JsonNode newYear = y2026.get("holidays").get(0);
        assertThat(new ArrayList<>(newYear.propertyNames())).containsExactly("names", "from", "to");
        assertThat(newYear.get("names").get(0).asString()).isEqualTo("NEW_YEAR");
        assertThat(newYear.get("from").asString()).isEqualTo("2026-01-01");
        assertThat(newYear.get("to").asString()).isEqualTo("2026-01-03");
        assertThat(y2026.get("swappedWorkingDays").get(0).asString()).isEqualTo("2026-01-04");
        assertThat(y2026.get("swappedWorkingDays").size()).isEqualTo(6);

        assertThat(api().get("/api/intake/internal/calendar/years", null).status()).isEqualTo(401);
        assertThat(api().get("/api/intake/internal/calendar/years", admin()).status()).isEqualTo(403);
        assertThat(api().get("/api/intake/internal/calendar/years", citizen()).status()).isEqualTo(403);
    }
}

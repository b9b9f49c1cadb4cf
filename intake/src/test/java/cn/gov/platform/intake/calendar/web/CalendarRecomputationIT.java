package cn.gov.platform.intake.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.IntakeIT;
import cn.gov.platform.intake.cases.application.CaseStore;
import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.Defect;
import cn.gov.platform.intake.cases.domain.Verdict;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.intake.supervision.SupervisedCases;
import cn.gov.platform.testkit.Api;
import cn.gov.platform.testkit.TestClock;
import cn.gov.platform.testkit.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's "done when", over HTTP: before 2027 is published the calendar counts on a provisional
 * 2027 and says so; after an administrator publishes 2027, a case accepted in December 2026 whose
 * deadline runs into January shows its recomputed deadline and the change in its history, its
 * applicant is told, and {@code GET /api/intake/calendar/2027} shows the published version.
 *
 * <p>This is the only test that publishes 2027 (the others derive their expectations from the
 * calendar); it publishes the statutory 2027 with one more day off, Mon Jan 4, so that every date
 * after it moves one working day later.
 */
class CalendarRecomputationIT extends IntakeIT {

    /** 10:00 on Mon Dec 21, 2026 in Tongxin. */
    static final Instant DEC_21 = Instant.parse("2026-12-21T02:00:00Z");

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    CaseStore store;

    final SupervisedCases cases = new SupervisedCases();

    @BeforeEach
    void inDecember() {
        TestClock.set(DEC_21);
    }

    @AfterEach
    void letTheClockRun() {
        TestClock.release();
    }

    String workingDaysAfter(String date, int days) {
        return api().get("/api/intake/calendar/working-days-after?date=" + date + "&days=" + days, null).json()
                .get("result").asString();
    }

    String acceptedFoodPermit() {
        Api.Reply drafted = file(citizen(), """
                {"itemCode":"SCJG-002","division":"640324000000","draft":true,
                 "certificates":[{"materialCode":"business-licence","certificateNumber":"BL-640324-000123"},
                                 {"materialCode":"id-card","certificateNumber":"RID-640324-000456"}]}""");
        String id = drafted.json().get("id").asString();
        upload(citizen(), id, "premises-layout", "layout.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "equipment-list", "equipment.pdf", "application/pdf", pdf(1024));
        upload(citizen(), id, "safety-rules", "rules.pdf", "application/pdf", pdf(1024));
        act(citizen(), id, "submit", "{}");
        Api.Reply accepted = act(clerk(), id, "accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    /** The statutory 2027 as the platform derived it, with New Year extended to Mon Jan 4, as a publication. */
    String publication2027(JsonNode provisional) {
        List<String> periods = new ArrayList<>();
        for (JsonNode p : provisional.get("holidays")) {
            List<String> names = new ArrayList<>();
            p.get("holidays").forEach(h -> names.add("\"" + h.get("code").asString() + "\""));
            String to = names.contains("\"NEW_YEAR\"") ? "2027-01-04" : p.get("to").asString();
            periods.add("{\"names\":" + names + ",\"from\":\"" + p.get("from").asString() + "\",\"to\":\"" + to + "\"}");
        }
        return """
                {"year":2027,"noticeNumber":"国办发明电〔2026〕X号（测试）","noticeDate":"2026-11-04",
                 "noticeTitle":"关于2027年部分节假日安排的通知（测试）","holidays":%s,"swappedWorkingDays":[]}"""
                .formatted(periods);
    }

    List<Map<Object, Object>> events(String type, String mentioning) {
        return redis.opsForStream().range("intake.case-events", Range.unbounded()).stream().map(r -> r.getValue())
                .filter(v -> type.equals(v.get("type")) && (String.valueOf(v.get("caseId")).equals(mentioning)
                        || String.valueOf(v.get("payload")).contains(mentioning))).toList();
    }

    @Test
    void publishingTheNextYearRecomputesTheDeadlineOfACaseAcceptedBeforeAndShowsTheChangeInItsHistory() {
        // Before any 2027 publication: 20 working days from Dec 21 reach into a provisional 2027.
        Api.Reply after = api().get("/api/intake/calendar/working-days-after?date=2026-12-21&days=20", null);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("result").asString()).isEqualTo("2027-01-19");
        assertThat(after.json().get("provisional").asBoolean()).isTrue();
        JsonNode provisional = api().get("/api/intake/calendar/2027", null).json();
        assertThat(provisional.get("provisional").asBoolean()).isTrue();
        assertThat(provisional.get("basis").asString()).isEqualTo("PROVISIONAL");

        // A case accepted on Dec 21: promised 10 working days (Jan 5), statutory 20 (Jan 19), both provisional.
        String id = acceptedFoodPermit();
        JsonNode before = api().get("/api/intake/cases/" + id, citizen()).json();
        assertThat(before.get("deadline").get("promisedDue").asString()).isEqualTo(workingDaysAfter("2026-12-21", 10))
                .isEqualTo("2027-01-05");
        assertThat(before.get("deadline").get("statutoryDue").asString()).isEqualTo("2027-01-19");
        assertThat(before.get("deadline").get("provisional").asBoolean()).isTrue();
        assertThat(before.get("deadline").get("promisedProvisional").asBoolean()).isTrue();
        // Lists say so too (the applicant's list, newest first; the staff queue shows the same lines).
        assertThat(line(api().get("/api/intake/cases", citizen()).json(), id).get("provisional").asBoolean()).isTrue();
        // ... and a complaint about it, due ten working days after filing (Jan 5).
        Api.Reply complaint = api().send("POST", "/api/intake/complaints", citizen(),
                "{\"caseId\":\"" + id + "\",\"text\":\"办理进度不透明\"}", Map.of("Content-Type", "application/json",
                        "Idempotency-Key", "cp-" + UUID.randomUUID()));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
        String complaintId = complaint.json().get("id").asString();
        assertThat(complaint.json().get("dueOn").asString()).isEqualTo("2027-01-05");
        assertThat(complaint.json().get("provisional").asBoolean()).isTrue();

        // An administrator publishes 2027.
        Api.Reply published = api().send("POST", "/api/intake/calendar/years", admin(), publication2027(provisional),
                Map.of("Content-Type", "application/json"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int version = published.json().get("version").asInt();

        JsonNode official = api().get("/api/intake/calendar/2027", null).json();
        assertThat(official.get("basis").asString()).isEqualTo("OFFICIAL");
        assertThat(official.get("provisional").asBoolean()).isFalse();
        assertThat(official.get("version").asInt()).isEqualTo(version);
        assertThat(official.get("notice").get("number").asString()).isEqualTo("国办发明电〔2026〕X号（测试）");
        assertThat(official.get("holidays").get(0).get("to").asString()).isEqualTo("2027-01-04");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode job = api().get("/api/intake/calendar/years/2027/recomputation", admin()).json();
            assertThat(job.get("version").asInt()).isEqualTo(version);
            assertThat(job.get("state").asString()).isEqualTo("DONE");
            assertThat(job.get("changed").asLong()).as("at least this case and its complaint").isGreaterThanOrEqualTo(2);
        });

        // The case: each date one working day later, on the published year, with the change in its history.
        JsonNode recomputed = api().get("/api/intake/cases/" + id, citizen()).json();
        JsonNode deadline = recomputed.get("deadline");
        assertThat(deadline.get("promisedDue").asString()).isEqualTo(workingDaysAfter("2026-12-21", 10))
                .isEqualTo("2027-01-06");
        assertThat(deadline.get("statutoryDue").asString()).isEqualTo(workingDaysAfter("2026-12-21", 20))
                .isEqualTo("2027-01-20");
        assertThat(deadline.get("provisional").asBoolean()).isFalse();
        JsonNode promised = change(recomputed.get("deadlineChanges"), "promised");
        assertThat(promised.get("from").asString()).isEqualTo("2027-01-05");
        assertThat(promised.get("to").asString()).isEqualTo("2027-01-06");
        assertThat(promised.get("calendarYear").asInt()).isEqualTo(2027);
        assertThat(promised.get("calendarVersion").asInt()).isEqualTo(version);
        assertThat(promised.get("applicantFacing").asBoolean()).isTrue();
        assertThat(change(recomputed.get("deadlineChanges"), "statutory").get("to").asString()).isEqualTo("2027-01-20");
        JsonNode step = recomputed.get("history").get(recomputed.get("history").size() - 1);
        assertThat(step.get("role").asString()).isEqualTo("SYSTEM");
        assertThat(step.get("note").asString()).contains("2027", "2027-01-05 → 2027-01-06");
        assertThat(api().get("/api/intake/cases/" + id, clerk()).json().get("deadlineChanges").size())
                .as("staff of the department see it too").isEqualTo(2);
        assertThat(line(api().get("/api/intake/cases", citizen()).json(), id).get("provisional").asBoolean()).isFalse();

        // The complaint's answer date moved too, and both the applicant and the complainant are told.
        JsonNode answer = api().get("/api/intake/complaints/" + complaintId, citizen()).json();
        assertThat(answer.get("dueOn").asString()).isEqualTo("2027-01-06");
        assertThat(answer.get("provisional").asBoolean()).isFalse();
        assertThat(answer.get("deadlineChanges").get(0).get("from").asString()).isEqualTo("2027-01-05");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<Object, Object>> told = events("DeadlinesRecomputed", id);
            assertThat(told).isNotEmpty();
            Map<Object, Object> toApplicant = told.stream().filter(e -> id.equals(e.get("caseId"))
                    && !String.valueOf(e.get("payload")).contains(complaintId)).findFirst().orElse(null);
            assertThat(toApplicant).as("the applicant's event").isNotNull();
            assertThat(toApplicant.get("applicantSubject")).isEqualTo(TestIssuer.subjectOf("demo-citizen"));
            assertThat(String.valueOf(toApplicant.get("payload"))).contains("\"promisedDue\":\"2027-01-06\"",
                    "\"calendarYear\":\"2027\"", "\"calendarVersion\":\"" + version + "\"");
            List<Map<Object, Object>> toComplainant = events("DeadlinesRecomputed", complaintId);
            assertThat(toComplainant).as("the complainant's event").isNotEmpty();
            assertThat(toComplainant.getFirst().get("recipientSubject")).isEqualTo(TestIssuer.subjectOf("demo-citizen"));
        });
    }

    @Test
    void theCandidatesOfARecomputationAreTheOpenCasesWhoseDatesMayReachTheYear() {
        Implementation where = SupervisedCases.department(SupervisedCases.township(), "it-cal-" + UUID.randomUUID());
        Case january = cases.accepted(where, "cal-a", DEC_21);
        Case march = cases.accepted(where, "cal-b", Instant.parse("2026-03-02T02:00:00Z"));
        Case decided = cases.decided(where, "cal-c", null, Verdict.APPROVE, DEC_21);
        Case paused = cases.accepted(where, "cal-d", Instant.parse("2026-03-02T02:00:00Z"));
        paused.recordOpinion(new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER), StaffRole.HANDLER, Verdict.APPROVE,
                "拟同意", null, List.of(), Fixtures.clock2026(), Instant.parse("2026-03-02T02:00:00Z"));
        paused.requestSupplement(new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER),
                List.of(new Defect("premises-layout", "", Defect.Kind.DEFECTIVE, "不清晰")), "请补正",
                Instant.parse("2026-03-03T02:00:00Z"));
        List.of(january, march, decided, paused).forEach(store::insert);

        List<String> candidates = store.withOpenDeadlines(java.time.LocalDate.of(2027, 12, 31),
                java.time.LocalDate.of(2027, 1, 1), null, 100_000);

        assertThat(candidates).contains(january.snapshot().id(), paused.snapshot().id())
                .doesNotContain(march.snapshot().id(), decided.snapshot().id());
        assertThat(candidates).isSorted();
        assertThat(store.withOpenDeadlines(java.time.LocalDate.of(2027, 12, 31), java.time.LocalDate.of(2027, 1, 1),
                january.snapshot().id(), 100_000)).doesNotContain(january.snapshot().id());
    }

    static JsonNode change(JsonNode changes, String what) {
        for (JsonNode c : changes) {
            if (c.get("what").asString().equals(what)) {
                return c;
            }
        }
        throw new AssertionError("no change of " + what + " in " + changes);
    }

    static JsonNode line(JsonNode list, String id) {
        for (JsonNode c : list.get("items")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("case " + id + " not in the list");
    }
}

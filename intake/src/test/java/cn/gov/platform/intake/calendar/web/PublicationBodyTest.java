package cn.gov.platform.intake.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.calendar.YearPublication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationBodyTest {

    static PublicationBody.EntryBody entry(String name, String from, String to) {
        return new PublicationBody.EntryBody(List.of(name), from, to);
    }

    @Test
    void aWellFormedBodyIsThePublication() {
        YearPublication p = new PublicationBody(2027, "国办发明电〔2026〕1号", "2026-11-04", "关于2027年部分节假日安排的通知",
                List.of(entry("NEW_YEAR", "2027-01-01", "2027-01-03")), List.of("2027-02-20")).toPublication();

        assertThat(p.year()).isEqualTo(2027);
        assertThat(p.noticeDate()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(p.holidays().getFirst().to()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(p.swappedWorkingDays()).containsExactly(LocalDate.of(2027, 2, 20));
    }

    @Test
    void anUnreadableDateIsOneFaultAmongTheOthersAndIsNotAlsoCalledMissing() {
        PublicationBody body = new PublicationBody(2027, " ", "2026-11-04", null,
                List.of(entry("NEW_YEAR", "2027-01-01", "2027-02-30"), entry("LANTERN", "2027-02-05", "2027-02-11")),
                List.of("2027-01-06", "next saturday"));

        DomainViolation v = catchThrowableOfType(DomainViolation.class, body::toPublication);

        assertThat(v.kind()).isEqualTo(DomainViolation.Kind.INVALID);
        assertThat(v.code()).isEqualTo("CALENDAR_YEAR_INVALID");
        assertThat(v.faults()).extracting(DomainViolation.Fault::field, DomainViolation.Fault::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("holidays[0].to", "INVALID_DATE"),
                        org.assertj.core.groups.Tuple.tuple("swappedWorkingDays[1]", "INVALID_DATE"),
                        org.assertj.core.groups.Tuple.tuple("holidays[1].names", "UNKNOWN_HOLIDAY"),
                        org.assertj.core.groups.Tuple.tuple("notice.number", "NOTICE_NUMBER_MISSING"),
                        org.assertj.core.groups.Tuple.tuple("swappedWorkingDays[0]", "SWAPPED_DAY_NOT_WEEKEND"));
        assertThat(v.faults().getFirst().message().en()).contains("2027-02-30", "not a valid date");
    }

    @Test
    void withoutTheYearNothingElseCanBeChecked() {
        DomainViolation v = catchThrowableOfType(DomainViolation.class, () -> new PublicationBody(null, "n", "soon",
                null, null, null).toPublication());

        assertThat(v.faults()).extracting(DomainViolation.Fault::field).containsExactly("notice.date", "year");
    }
}

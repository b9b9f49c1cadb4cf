package cn.gov.platform.credit.lists.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.Fixtures;
import cn.gov.platform.credit.common.domain.OutboxEvent;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ListEntryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    private ListEntry black() {
        return ListEntry.list(Fixtures.entry(ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "doc-1"), "ADMIN", "staff", NOW, true);
    }

    @Test
    void aNewEntryIsActiveAppliesWithinItsDatesAndRecordsEntryListed() {
        ListEntry e = black();

        assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(e.appliesOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(e.appliesOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(e.appliesOn(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(e.statusOn(LocalDate.of(2028, 1, 1))).isEqualTo(EntryStatus.EXPIRED);
        assertThat(e.outbox()).extracting(OutboxEvent::type).containsExactly("EntryListed");
        assertThat(e.outboxPending()).isTrue();
    }

    @Test
    void theIdComesFromDepartmentAndDocumentNumberSoTheSameListingHasTheSameId() {
        assertThat(Fixtures.entry(ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "doc-1").entryId())
                .isEqualTo(Fixtures.entry(ListColour.RED, "HONESTY_MODEL", "doc-1").entryId())
                .isNotEqualTo(Fixtures.entry(ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "doc-2").entryId());
    }

    @Test
    void anObjectionKeepsTheEntryInForceAndAnUpheldOneWithdrawsItTellingTheFiler() {
        ListEntry objected = black().objectionFiled("filer", NOW);
        assertThat(objected.status()).isEqualTo(EntryStatus.UNDER_OBJECTION);
        assertThat(objected.appliesOn(LocalDate.of(2026, 6, 1))).isTrue();

        ListEntry withdrawn = objected.withdrawn("staff", "upheld", "filer", NOW);

        assertThat(withdrawn.status()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(withdrawn.appliesOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(withdrawn.outbox()).extracting(OutboxEvent::type)
                .containsExactly("EntryListed", "ObjectionFiled", "EntryLifted");
        assertThat(withdrawn.outbox().getLast().recipientSubject()).isEqualTo("filer");
        assertThat(withdrawn.history()).extracting(StatusChange::to)
                .containsExactly(EntryStatus.ACTIVE, EntryStatus.UNDER_OBJECTION, EntryStatus.WITHDRAWN);
    }

    @Test
    void aRejectedObjectionPutsTheEntryBackInForce() {
        ListEntry back = black().objectionFiled("filer", NOW).objectionRejected("staff", "no grounds", "filer", NOW);

        assertThat(back.status()).isEqualTo(EntryStatus.ACTIVE);
    }

    @Test
    void aWithdrawnEntryCannotBeRepairedOrObjectedTo() {
        ListEntry withdrawn = black().withdrawn("staff", "error", null, NOW);

        assertThatThrownBy(() -> withdrawn.repaired("staff", "r", null, NOW)).isInstanceOf(DomainViolation.class)
                .hasMessageContaining("ENTRY_STATE_CONFLICT");
        assertThatThrownBy(() -> withdrawn.objectionFiled("filer", NOW)).isInstanceOf(DomainViolation.class);
    }

    @Test
    void onlyBlackEntriesCanBeRepaired() {
        ListEntry red = ListEntry.list(Fixtures.entry(ListColour.RED, "HONESTY_MODEL", "doc-9"), "ADMIN", "s", NOW, true);

        assertThatThrownBy(() -> red.repaired("staff", "r", null, NOW)).isInstanceOf(DomainViolation.class)
                .hasMessageContaining("REPAIR_BLACK_ONLY");
        assertThat(black().repaired("staff", "paid", "filer", NOW).status()).isEqualTo(EntryStatus.REPAIRED);
    }

    @Test
    void anEntryPastItsEndCannotBeObjectedTo() {
        ListEntry e = black();
        Instant later = Instant.parse("2028-02-01T02:00:00Z");

        assertThatThrownBy(() -> e.objectionFiled("filer", later)).isInstanceOf(DomainViolation.class);
    }

    @Test
    void entryDataRefusesAnEndBeforeTheStartAndMissingFieldsNamingThem() {
        assertThatThrownBy(() -> new EntryData(Fixtures.enterprise(), "n", ListColour.BLACK, "T", "d", "b", "r", "doc",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.field()).isEqualTo("end"));
        assertThatThrownBy(() -> new EntryData(Fixtures.enterprise(), "n", ListColour.BLACK, "T", "d", " ", "r", "doc",
                LocalDate.of(2026, 2, 1), null))
                .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.field()).isEqualTo("legalBasis"));
    }

    @Test
    void anEntryInForceExpiresOnlyFromTheDayAfterItsEndDateInChinaWithoutAnEvent() {
        Instant lastDay = Instant.parse("2027-12-31T15:59:00Z"); // 23:59 on 31 December in China
        Instant dayAfter = Instant.parse("2027-12-31T16:00:00Z"); // 00:00 on 1 January 2028 in China
        assertThatThrownBy(() -> black().expired(lastDay)).isInstanceOfSatisfying(DomainViolation.class,
                v -> assertThat(v.code()).isEqualTo("ENTRY_NOT_EXPIRED"));

        ListEntry expired = black().objectionFiled("filer", NOW).expired(dayAfter);

        assertThat(expired.status()).isEqualTo(EntryStatus.EXPIRED);
        assertThat(expired.version()).isEqualTo(2);
        assertThat(expired.history().getLast()).satisfies(c -> {
            assertThat(c.from()).isEqualTo(EntryStatus.UNDER_OBJECTION);
            assertThat(c.to()).isEqualTo(EntryStatus.EXPIRED);
            assertThat(c.at()).isEqualTo(dayAfter);
        });
        assertThat(expired.outbox()).extracting(OutboxEvent::type).containsExactly("EntryListed", "ObjectionFiled");
    }

    @Test
    void aWithdrawnEntryOrOneWithoutEndDateNeverExpires() {
        Instant muchLater = Instant.parse("2030-01-01T00:00:00Z");
        assertThatThrownBy(() -> black().withdrawn("staff", "error", null, NOW).expired(muchLater))
                .isInstanceOf(DomainViolation.class);
        var open = Fixtures.entry(ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "doc-open");
        var noEnd = new EntryData(open.subjectKey(), open.publicName(), open.list(), open.listType(),
                open.issuingDepartment(), open.legalBasis(), open.reason(), open.documentNumber(), open.start(), null);
        assertThatThrownBy(() -> ListEntry.list(noEnd, "ADMIN", "staff", NOW, true).expired(muchLater))
                .isInstanceOf(DomainViolation.class);
    }
}

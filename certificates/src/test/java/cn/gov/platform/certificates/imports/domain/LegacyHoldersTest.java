package cn.gov.platform.certificates.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.certificates.registry.domain.HolderDirectory;
import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Issue 18, point 3: the row rules of a legacy file naming its holders by identity number or credit code. */
class LegacyHoldersTest {

    static final String HEADER = "legacyNumber,typeCode,holderKind,holderName,holderIdNumber,holderCreditCode,"
            + "issuingDepartment,issuingDivision,validFrom,validUntil,field.operatorName,field.premises,"
            + "field.mainForm,field.operatingItems";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Valid numbers (GB 11643 check characters), the first one's holder has an account. */
    static final String REGISTERED = "11010519491231002X";
    static final String NOT_YET = "640324198503151234";
    static final String WRONG_CHECK = "640324198503151235";
    static final String BORN_TOMORROW = "640324202603030017";
    static final String ENTERPRISE = "91640324MA7ABCD12R";

    /** Identity as a map: the key of a number is its reverse padded with 'a's (any 64 hex digits do). */
    static final class FakeDirectory implements HolderDirectory {
        final List<Integer> batches = new ArrayList<>();
        final Map<String, String> accounts;

        FakeDirectory(Map<String, String> accounts) {
            this.accounts = accounts;
        }

        static String keyOf(String number) {
            String hex = new StringBuilder(number).reverse().toString().toLowerCase().replace('x', 'a');
            return hex + "a".repeat(64 - hex.length());
        }

        @Override
        public List<PersonHolder> persons(List<ResidentIdNumber> idNumbers) {
            batches.add(idNumbers.size());
            return idNumbers.stream().map(n -> new PersonHolder(keyOf(n.value()), accounts.get(n.value()))).toList();
        }

        @Override
        public List<@Nullable String> enterprises(List<UnifiedSocialCreditCode> creditCodes) {
            List<@Nullable String> out = new ArrayList<>();
            creditCodes.forEach(c -> out.add(accounts.get(c.value())));
            return out;
        }

        @Override
        public List<String> keysOf(String subject) {
            return List.of();
        }
    }

    private static List<String> row(String legacy, String kind, String idNumber, String creditCode) {
        return new ArrayList<>(List.of(legacy, "food-operation-permit", kind, "马文华", idNumber, creditCode,
                "county-market-regulation", "640324000000", "2022-03-01", "2027-02-28", "同心县清真食品店", "豫海镇",
                "食品销售经营者", "预包装食品销售"));
    }

    private static LegacyHolders.Prepared prepare(FakeDirectory directory, List<List<String>> rows) {
        return LegacyHolders.prepare(Csv.parse(HEADER).getFirst(), rows, directory, TODAY);
    }

    @Test
    void aPersonWithAnAccountIsIssuedToItAndOneWithoutWaitsUnderTheKeyOfTheirNumber() {
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of(REGISTERED, "sub-registered")),
                List.of(row("SP1", "person", REGISTERED.toLowerCase(), ""), row("SP2", "person", NOT_YET, "")));

        IssueData registered = LegacyRow.toIssue(prepared.header(), prepared.rows().get(0));
        IssueData waiting = LegacyRow.toIssue(prepared.header(), prepared.rows().get(1));

        assertThat(registered.holder().subject()).isEqualTo("sub-registered");
        assertThat(registered.holder().idHash()).isEqualTo(FakeDirectory.keyOf(REGISTERED));
        assertThat(waiting.holder().awaitingHolder()).isTrue();
        assertThat(waiting.holder().awaitingKey()).isEqualTo("person:" + FakeDirectory.keyOf(NOT_YET));
        assertThat(waiting.caseNumber()).isEqualTo("LEGACY-SP2");
    }

    @Test
    void theNumberIsNotInTheStoredRows() {
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of()),
                List.of(row("SP1", "person", NOT_YET, ""), row("SP2", "person", WRONG_CHECK, "")));

        assertThat(prepared.rows().toString()).doesNotContain(NOT_YET).doesNotContain(WRONG_CHECK)
                .doesNotContain(NOT_YET.substring(0, 17));
        assertThat(prepared.header()).endsWith("#holderKey", "#holderAccount", "#refusal");
    }

    @Test
    void anInvalidIdentityNumberIsRefusedNamingHolderIdNumberInBothLanguagesWithoutEchoingIt() {
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of()), List.of(
                row("SP1", "person", WRONG_CHECK, ""), row("SP2", "person", BORN_TOMORROW, ""),
                row("SP3", "person", "64032419850315123", ""), row("SP4", "person", "990324198503151234", "")));

        for (List<String> stored : prepared.rows()) {
            assertThatThrownBy(() -> LegacyRow.toIssue(prepared.header(), stored))
                    .isInstanceOfSatisfying(DomainViolation.class, e -> {
                        assertThat(e.field()).isEqualTo("holderIdNumber");
                        assertThat(e.code()).isEqualTo(ResidentIdNumber.INVALID);
                        assertThat(e.userMessage().zh()).contains("身份证号码");
                        assertThat(e.userMessage().en()).isNotBlank().doesNotContain("6403");
                    });
        }
    }

    @Test
    void anEnterpriseByCreditCodeIsIssuedToItsRepresentativeOrWaitsAndAnInvalidCodeIsRefused() {
        String unregistered = "92640324MA0000001P";
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of(ENTERPRISE, "sub-boss")), List.of(
                row("SP1", "enterprise", "", ENTERPRISE.toLowerCase()), row("SP2", "enterprise", "", unregistered),
                row("SP3", "enterprise", "", "91640324MA7ABCD12Q")));

        IssueData represented = LegacyRow.toIssue(prepared.header(), prepared.rows().get(0));
        IssueData waiting = LegacyRow.toIssue(prepared.header(), prepared.rows().get(1));

        assertThat(represented.holder().subject()).isEqualTo("sub-boss");
        assertThat(represented.holder().creditCode()).isEqualTo(ENTERPRISE);
        assertThat(waiting.holder().awaitingKey()).isEqualTo("enterprise:" + unregistered);
        assertThatThrownBy(() -> LegacyRow.toIssue(prepared.header(), prepared.rows().get(2)))
                .isInstanceOfSatisfying(DomainViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("holderCreditCode");
                    assertThat(e.code()).isEqualTo(UnifiedSocialCreditCode.INVALID);
                });
    }

    @Test
    void aRowWithoutAnyHolderIsRefusedNamingTheColumnToFill() {
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of()),
                List.of(row("SP1", "person", "", ""), row("SP2", "enterprise", "", "")));

        assertThatThrownBy(() -> LegacyRow.toIssue(prepared.header(), prepared.rows().get(0)))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("holderIdNumber"));
        assertThatThrownBy(() -> LegacyRow.toIssue(prepared.header(), prepared.rows().get(1)))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("holderCreditCode"));
    }

    @Test
    void identityIsAskedAThousandNumbersAtATime() {
        FakeDirectory directory = new FakeDirectory(Map.of());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(row("SP" + i, "person", NOT_YET, ""));
        }

        LegacyHolders.Prepared prepared = prepare(directory, rows);

        assertThat(directory.batches).containsExactly(1000, 1000, 500);
        assertThat(prepared.rows()).hasSize(2_500);
    }

    @Test
    void aRowOfTheWrongWidthIsReportedWithTheFilesColumnCounts() {
        LegacyHolders.Prepared prepared = prepare(new FakeDirectory(Map.of()), List.of(List.of("SP1", NOT_YET)));

        assertThat(prepared.rows().getFirst()).doesNotContain(NOT_YET);
        assertThatThrownBy(() -> LegacyRow.toIssue(prepared.header(), prepared.rows().getFirst()))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.userMessage().en())
                        .isEqualTo("The row has 2 columns, the header 14."));
    }

    @Test
    void aHeaderNeedsAHolderColumnAndMayNotNameTheReservedColumns() {
        assertThat(LegacyRow.missingColumns(List.of("legacyNumber", "typeCode", "holderKind", "holderName",
                "issuingDepartment", "issuingDivision", "validFrom", "validUntil")))
                .containsExactly("holderIdNumber | holderCreditCode");
        assertThat(LegacyRow.missingColumns(Csv.parse(HEADER).getFirst())).isEmpty();
        assertThat(LegacyRow.missingColumns(Csv.parse(HEADER + ",#holderKey").getFirst())).hasSize(1);
    }
}

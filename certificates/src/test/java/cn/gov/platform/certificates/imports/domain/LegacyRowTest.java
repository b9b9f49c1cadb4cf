package cn.gov.platform.certificates.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.certificates.registry.domain.IssueData;
import cn.gov.platform.kernel.DomainViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyRowTest {

    static final String HEADER = "legacyNumber,typeCode,holderKind,holderSubject,holderName,holderIdHash,"
            + "holderCreditCode,issuingDepartment,issuingDivision,validFrom,validUntil,field.operatorName,"
            + "field.premises,field.mainForm,field.operatingItems";

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndNewlinesAndSkipsBlankLines() {
        List<List<String>> records = Csv.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n2,,\n");

        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("1", "x, \"y\"", "two\nlines"),
                List.of("2", "", ""));
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"open,1\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowBecomesAnIssueKeyedByItsLegacyNumber() {
        List<String> header = Csv.parse(HEADER).getFirst();
        IssueData data = LegacyRow.toIssue(header, Csv.parse(
                "SP6403240001,food-operation-permit,enterprise,e-1,同心县清真食品有限公司,,91350100M000100Y43,"
                        + "county-market-regulation,640324000000,2022-03-01,2027-02-28,同心县清真食品有限公司,豫海镇,"
                        + "食品销售经营者,预包装食品销售").getFirst());

        assertThat(data.caseNumber()).isEqualTo("LEGACY-SP6403240001");
        assertThat(data.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(data.fields()).containsEntry("mainForm", "食品销售经营者").hasSize(4);
    }

    @Test
    void namesTheColumnAtFault() {
        List<String> header = Csv.parse(HEADER).getFirst();

        assertThatThrownBy(() -> LegacyRow.toIssue(header, Csv.parse(
                "SP1,food-operation-permit,enterprise,e-1,某公司,,91350100M000100Y43,county-market-regulation,"
                        + "640324000000,2022-13-01,,a,b,c,d").getFirst()))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> LegacyRow.toIssue(header, List.of("SP1", "x")))
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("WRONG_COLUMN_COUNT"));
        assertThat(LegacyRow.missingColumns(List.of("legacyNumber", "typeCode"))).contains("holderKind", "validUntil");
    }
}

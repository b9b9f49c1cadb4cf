package cn.gov.platform.credit.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.kernel.DomainViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryRowTest {

    private static final SubjectHasher HASHER = new SubjectHasher("a-test-key-of-sufficient-length");

    private static Map<String, String> row() {
        Map<String, String> row = new HashMap<>();
        List<String> values = List.of("NATURAL_PERSON", "640324199007080523", "", "李秀兰", "black",
                "DISHONEST_JUDGMENT_DEBTOR", "county-court", "《民事诉讼法》", "拒不履行", "(2026)宁0324执1号", "2026-02-01", "");
        for (int i = 0; i < values.size(); i++) {
            row.put(EntryRow.COLUMNS.get(i), values.get(i));
        }
        return row;
    }

    @Test
    void aValidPersonRowBecomesAnEntryWithAHashedKeyAndAMaskedName() {
        EntryData data = EntryRow.parse(row(), HASHER);

        assertThat(data.subjectKey().value()).startsWith("P:");
        assertThat(data.publicName()).isEqualTo("李**");
        assertThat(data.list()).isEqualTo(ListColour.BLACK);
        assertThat(data.end()).isNull();
    }

    @Test
    void eachFaultNamesItsField() {
        for (var fault : Map.of("idNumber", "640324199007080524", "subjectKind", "ROBOT", "list", "GREY",
                "start", "2026-13-01", "reason", "").entrySet()) {
            Map<String, String> row = row();
            row.put(fault.getKey(), fault.getValue());
            assertThatThrownBy(() -> EntryRow.parse(row, HASHER)).as(fault.getKey())
                    .isInstanceOfSatisfying(DomainViolation.class, v -> assertThat(v.field()).isEqualTo(fault.getKey()));
        }
    }

    @Test
    void csvLinesKeepQuotedCommasAndQuotes() {
        assertThat(CsvLine.split("a,\"b,c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b,c", "say \"hi\"", "");
        assertThat(CsvLine.split("\uFEFFx,y")).containsExactly("x", "y");
        assertThatThrownBy(() -> CsvLine.split("a,\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}

package cn.gov.platform.credit;

import cn.gov.platform.credit.lists.domain.ActiveEntry;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.measures.domain.MeasureCatalogue;
import cn.gov.platform.credit.measures.infrastructure.MeasuresConfiguration;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/** Values shared by credit's unit tests. */
public final class Fixtures {

    public static final String CREDIT_CODE = "91640324MA76TX0DXL";
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixtures() {
    }

    public static MeasureCatalogue catalogue() {
        try {
            return MeasuresConfiguration.load(JsonMapper.builder().build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static SubjectKey enterprise() {
        return SubjectKey.legalPerson(new UnifiedSocialCreditCode(CREDIT_CODE));
    }

    public static EntryData entry(ListColour list, String listType, String documentNumber) {
        return new EntryData(enterprise(), "同心县豫海商贸有限公司", list, listType, "county-market-regulation",
                "市场监管总局令第44号", "测试", documentNumber, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }

    public static ActiveEntry active(String id, ListColour list, String listType) {
        return new ActiveEntry(id, list, listType, "dept", "basis", LocalDate.of(2026, 1, 1).toEpochDay(),
                LocalDate.of(2027, 12, 31).toEpochDay());
    }
}

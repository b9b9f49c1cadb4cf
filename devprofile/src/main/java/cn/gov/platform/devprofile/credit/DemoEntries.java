package cn.gov.platform.devprofile.credit;

import cn.gov.platform.credit.lists.application.EntriesInForce;
import cn.gov.platform.credit.lists.domain.Entries;
import cn.gov.platform.credit.lists.domain.EntryData;
import cn.gov.platform.credit.lists.domain.ListEntry;
import cn.gov.platform.credit.measures.domain.ListColour;
import cn.gov.platform.credit.subjects.domain.SubjectHasher;
import cn.gov.platform.credit.subjects.domain.SubjectKey;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Entries for the local realm's demo users (identity's demo seed), so the demo shows effects: the
 * demo enterprise (同心县豫海商贸有限公司) is on the market-regulation list of serious violators,
 * which refuses it the food operation permit SCJG-002 and restricts every other item; the demo
 * citizen (马文清) is an honesty model with tolerance acceptance and priority everywhere (the
 * current year's, by the clock). Adds only what is missing (ids come from natural keys), once the
 * service is up; the index learns of each entry added, whether it was loaded before or after.
 */
class DemoEntries {

    private final Entries entries;
    private final EntriesInForce index;
    private final SubjectHasher hasher;
    private final Clock clock;

    DemoEntries(Entries entries, EntriesInForce index, SubjectHasher hasher, Clock clock) {
        this.entries = entries;
        this.index = index;
        this.hasher = hasher;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        // The honesty models of a year are named on 15 January of the next and listed for a year: the
        // demo citizen is the current one on whatever day the demo runs.
        LocalDate today = ChinaTime.today(clock);
        int honoured = today.isBefore(LocalDate.of(today.getYear(), 1, 15)) ? today.getYear() - 1 : today.getYear();
        List<EntryData> demo = List.of(
                new EntryData(SubjectKey.legalPerson(new UnifiedSocialCreditCode("91640324MA76TX0DXL")),
                        "同心县豫海商贸有限公司", ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", "county-market-regulation",
                        "《市场监督管理严重违法失信名单管理办法》第二条、第九条",
                        "销售不符合食品安全标准的食品，情节严重（演示数据）", "同市监严失〔2026〕1号",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28)),
                new EntryData(hasher.keyOf(new ResidentIdNumber("640324198503120411")), "马**", ListColour.RED,
                        "HONESTY_MODEL", "county-credit-office", "《宁夏回族自治区社会信用条例》第三十条",
                        (honoured - 1) + " 年度同心县诚信典型（演示数据）", "同信办〔" + honoured + "〕3号",
                        LocalDate.of(honoured, 1, 15), LocalDate.of(honoured + 1, 1, 14)));
        for (EntryData d : demo) {
            ListEntry entry = ListEntry.list(d, "DEMO", "system", clock.instant(), false);
            if (entries.add(entry)) {
                index.changed(entry);
            }
        }
    }
}

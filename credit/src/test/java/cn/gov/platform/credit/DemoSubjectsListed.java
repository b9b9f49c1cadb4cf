package cn.gov.platform.credit;

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
import org.springframework.stereotype.Component;

/**
 * The integration tests' listed subjects ({@link CreditIT#DEMO_CREDIT_CODE} black-listed for serious
 * market violations, {@link CreditIT#DEMO_CITIZEN_ID} this year's honesty model), put in every test
 * context at start-up (found by component scanning, test classes only). They are the entries the
 * development module seeds for the demo users on a developer's machine; the service jar seeds
 * nothing. Added only where missing (ids come from natural keys).
 */
@Component
class DemoSubjectsListed {

    private final Entries entries;
    private final EntriesInForce index;
    private final SubjectHasher hasher;
    private final Clock clock;

    DemoSubjectsListed(Entries entries, EntriesInForce index, SubjectHasher hasher, Clock clock) {
        this.entries = entries;
        this.index = index;
        this.hasher = hasher;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void list() {
        // Honesty models of a year are named on 15 January of the next and listed for a year: the
        // citizen is the current one on whatever day the tests run (-Dplatform.test.clock included).
        LocalDate today = ChinaTime.today(clock);
        int honoured = today.isBefore(LocalDate.of(today.getYear(), 1, 15)) ? today.getYear() - 1 : today.getYear();
        List<EntryData> listed = List.of(
                new EntryData(SubjectKey.legalPerson(new UnifiedSocialCreditCode(CreditIT.DEMO_CREDIT_CODE)),
                        "同心县豫海商贸有限公司", ListColour.BLACK, "SERIOUS_MARKET_VIOLATION", CreditIT.MARKET,
                        "《市场监督管理严重违法失信名单管理办法》第二条、第九条",
                        "销售不符合食品安全标准的食品，情节严重（测试数据）", "同市监严失〔2026〕1号",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28)),
                new EntryData(hasher.keyOf(new ResidentIdNumber(CreditIT.DEMO_CITIZEN_ID)), "马**", ListColour.RED,
                        "HONESTY_MODEL", "county-credit-office", "《宁夏回族自治区社会信用条例》第三十条",
                        (honoured - 1) + " 年度同心县诚信典型（测试数据）", "同信办〔" + honoured + "〕3号",
                        LocalDate.of(honoured, 1, 15), LocalDate.of(honoured + 1, 1, 14)));
        for (EntryData d : listed) {
            ListEntry entry = ListEntry.list(d, "DEMO", "system", clock.instant(), false);
            if (entries.add(entry)) {
                index.changed(entry);
            }
        }
    }
}

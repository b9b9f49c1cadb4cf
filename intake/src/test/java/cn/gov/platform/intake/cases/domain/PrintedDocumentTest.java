package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.platform.intake.Fixtures;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.calendar.DeadlineClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a case's documents say (issue 17, point 3), and which a case has. */
class PrintedDocumentTest {

    static final Instant FEB_10 = Instant.parse("2026-02-10T02:00:00Z");
    static final Actor CITIZEN = new Actor("citizen-1", "demo-citizen", ActorRole.APPLICANT);
    static final Actor CLERK = new Actor("clerk-1", "demo-clerk", ActorRole.HANDLER);
    static final Actor REVIEWER = new Actor("reviewer-1", "demo-reviewer", ActorRole.REVIEWER);
    static final Actor APPROVER = new Actor("approver-1", "demo-approver", ActorRole.APPROVER);
    static final PrintedDocument.Office OFFICE = new PrintedDocument.Office("同心县市场监督管理局", "同心县政务服务中心一楼",
            "0953-8021301");
    static final String FOLLOW = "https://portal.example/#/follow?number=";

    private final AtomicLong serial = new AtomicLong();
    private final Supplier<CaseNumber> numbers = () -> CaseNumber.of("640324", 2026, serial.incrementAndGet());
    private final DeadlineClock clock = Fixtures.clock2026();

    private Case submitted() {
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.attachUpload("premises-layout", new StoredFile("f-1", "layout.pdf", "application/pdf", 10, "ab".repeat(32)), FEB_10);
        c.attachUpload("safety-rules", new StoredFile("f-2", "rules.pdf", "application/pdf", 10, "cd".repeat(32)), FEB_10);
        c.submit(CITIZEN, FEB_10);
        return c;
    }

    @Test
    void theReceiptComesWithTheAcceptanceAndSaysWhatWasReceivedTheDatesTheOfficeAndHowToFollowUp() {
        Case c = submitted();
        assertThatThrownBy(() -> PrintedDocument.of(DocumentKind.RECEIPT, c.snapshot(), OFFICE, FOLLOW))
                .hasMessageContaining("DOCUMENT_NOT_AVAILABLE");

        c.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, FEB_10);
        PrintedDocument receipt = PrintedDocument.of(DocumentKind.RECEIPT, c.snapshot(), OFFICE, FOLLOW);

        String number = c.snapshot().lifecycle().number();
        assertThat(receipt.number()).isEqualTo("SLHZ-" + number);
        assertThat(receipt.qrText()).isEqualTo(FOLLOW + number);
        assertThat(receipt.rows()).extracting(PrintedDocument.Row::labelEn).contains("Item", "Accepted on",
                "Materials received", "Promised by", "Statutory limit", "Office", "Address", "Phone", "Follow up");
        assertThat(value(receipt, "Materials received").split("、")).containsExactlyElementsOf(
                c.snapshot().materials().supplied().stream().map(MaterialEntry::name).toList());
        assertThat(value(receipt, "Promised by")).isEqualTo(c.snapshot().deadlines().promisedDue().toString());
        assertThat(value(receipt, "Phone")).isEqualTo("0953-8021301");
    }

    @Test
    void theOneTimeNoticeListsEverythingMissingAndIsNumberedPerNotice() {
        Case c = Case.draft(CaseId.random(), Fixtures.foodPermit(), Fixtures.MARKET_REGULATION,
                new Filing("citizen-1", null, null, "key-12345678", "fp"), CITIZEN, FEB_10);
        c.attachCertificate("business-licence", "BL-640324-0001", ReferenceResolution.NOT_THIS_REGISTRY, FEB_10);
        c.submit(CITIZEN, FEB_10);
        c.requestSupplement(CLERK, List.of(), "请补齐", FEB_10);

        PrintedDocument notice = PrintedDocument.of(DocumentKind.SUPPLEMENT, c.snapshot(), OFFICE, FOLLOW);

        assertThat(notice.number()).startsWith("YCGZ-").endsWith("-1");
        assertThat(value(notice, "Everything to supplement")).contains("（");
        assertThat(notice.title()).isEqualTo("一次性告知书");
    }

    @Test
    void theDecisionNoticeNamesTheChainAndIsGrantedOrRefused() {
        Case c = submitted();
        c.accept(CLERK, numbers, List.of(), AcceptancePolicy.standard(), clock, FEB_10);
        assertThatThrownBy(() -> PrintedDocument.of(DocumentKind.DECISION, c.snapshot(), OFFICE, FOLLOW))
                .hasMessageContaining("DOCUMENT_NOT_AVAILABLE");
        List<ApprovalRule> none = List.of();
        c.recordOpinion(CLERK, StaffRole.HANDLER, Verdict.REJECT, "不符合条件", "《食品安全法》第三十五条", none, clock, FEB_10);
        c.recordOpinion(REVIEWER, StaffRole.REVIEWER, Verdict.REJECT, "同意不予许可", "《食品安全法》第三十五条", none, clock, FEB_10);
        c.recordOpinion(APPROVER, StaffRole.APPROVER, Verdict.REJECT, "不予许可", "《食品安全法》第三十五条", none, clock, FEB_10);

        PrintedDocument decision = PrintedDocument.of(DocumentKind.DECISION, c.snapshot(), OFFICE, FOLLOW);

        assertThat(decision.title()).isEqualTo("不予行政许可决定书");
        assertThat(value(decision, "Handler")).isEqualTo("demo-clerk");
        assertThat(value(decision, "Approver")).isEqualTo("demo-approver");
        assertThat(value(decision, "Legal basis")).contains("第三十五条");
        assertThat(decision.rows()).extracting(PrintedDocument.Row::labelEn).contains("Remedies");
        assertThat(decision.qrText()).isNull();
    }

    @Test
    void theNotAcceptedNoticeCarriesItsOwnNumberAndReasons() {
        Case c = submitted();
        c.refuse(CLERK, () -> NoticeNumber.of("640324", 2026, 45), "不属于受理范围", "《行政许可法》第三十二条", List.of(), FEB_10);

        PrintedDocument notice = PrintedDocument.of(DocumentKind.NOT_ACCEPTED, c.snapshot(), OFFICE, FOLLOW);

        assertThat(notice.number()).isEqualTo(c.snapshot().lifecycle().noticeNumber());
        assertThat(value(notice, "Reasons")).isEqualTo("不属于受理范围");
        assertThat(notice.qrText()).isEqualTo(FOLLOW + notice.number());
    }

    private static String value(PrintedDocument d, String labelEn) {
        return d.rows().stream().filter(r -> r.labelEn().equals(labelEn)).findFirst().orElseThrow().value();
    }
}

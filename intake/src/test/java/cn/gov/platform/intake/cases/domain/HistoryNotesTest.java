package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.kernel.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every note the platform writes into a case's history says it in Chinese and in English, in words, never codes. */
class HistoryNotesTest {

    private static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    /**
     * Both languages present and apart: no code in either, no English word in the Chinese and no Chinese in
     * the English once the names and a person's words (which stand as written in both) are taken out.
     */
    static void assertBilingual(Message m, String... asWritten) {
        String zh = m.zh();
        String en = m.en();
        for (String s : asWritten) {
            zh = zh.replace(s, "");
            en = en.replace(s, "");
        }
        assertThat(m.zh()).isNotBlank().doesNotContainPattern(CODE);
        assertThat(m.en()).isNotBlank().doesNotContainPattern(CODE).isNotEqualTo(m.zh());
        assertThat(zh).as("the Chinese of %s", m).doesNotContainPattern(LATIN_WORD).doesNotContain(" | ");
        assertThat(en).as("the English of %s", m).doesNotContainPattern(CHINESE).doesNotContain(" | ");
    }

    @ParameterizedTest
    @EnumSource(MaterialCheck.class)
    void aMaterialCheckSaysItsOutcomeInEachLanguage(MaterialCheck check) {
        MaterialRefusal refusal = check == MaterialCheck.REFUSED ? MaterialRefusal.CERTIFICATE_NOT_VALID : null;
        MaterialEntry m = new MaterialEntry("business-licence", "营业执照", MaterialEntry.Source.CERTIFICATE_REFERENCE,
                null, null, null, 0, null, "91640324MA0000000X", check == MaterialCheck.CHECKED, AT, check, null, refusal);

        Message note = HistoryNotes.materialCheck(m);

        assertBilingual(note, "营业执照");
        assertThat(note.zh()).startsWith("材料核验：营业执照：");
        assertThat(note.en()).startsWith("Material check: 营业执照: ");
    }

    @Test
    void aRefusedReferenceGivesTheRegistrysReasonInEachLanguage() {
        MaterialEntry m = new MaterialEntry("id-card", "居民身份证", MaterialEntry.Source.CERTIFICATE_REFERENCE, null, null,
                null, 0, null, "640324-ID-1", false, AT, MaterialCheck.REFUSED, null, MaterialRefusal.CERTIFICATE_UNKNOWN);

        assertThat(HistoryNotes.materialCheck(m)).isEqualTo(Message.of(
                "材料核验：居民身份证：" + MaterialRefusal.CERTIFICATE_UNKNOWN.zh(),
                "Material check: 居民身份证: " + MaterialRefusal.CERTIFICATE_UNKNOWN.en()));
    }

    @ParameterizedTest
    @EnumSource(value = TaskState.class, names = {"APPROVED", "REJECTED", "DEEMED_APPROVED"})
    void aClosedTaskNamesItsStateInWordsWithTheDepartmentsReasonsAsWritten(TaskState state) {
        JointTask open = JointTask.open("county-fire-rescue", "同心县消防救援大队", "640324000000", LocalDate.parse("2026-02-13"));
        JointTask done = state == TaskState.DEEMED_APPROVED
                ? open.decided(state, AT, ActorRole.SYSTEM_SUBJECT, "逾期未作出意见，视为同意（超时默认）| no decision by 2026-02-13: deemed approved", null)
                : open.decided(state, AT, "fire-approver", "消防安全检查合格", null);

        Message note = HistoryNotes.taskClosed(done);

        assertBilingual(note, "同心县消防救援大队", "消防安全检查合格");
        assertThat(note.zh()).doesNotContain(state.name());
        assertThat(note.en()).doesNotContain(state.name());
        switch (state) {
            case APPROVED -> assertThat(note).isEqualTo(
                    Message.of("同心县消防救援大队：同意：消防安全检查合格", "同心县消防救援大队: agreed: 消防安全检查合格"));
            case REJECTED -> assertThat(note).isEqualTo(
                    Message.of("同心县消防救援大队：不同意：消防安全检查合格", "同心县消防救援大队: refused: 消防安全检查合格"));
            default -> assertThat(note).isEqualTo(Message.of("同心县消防救援大队：逾期未作出意见，视为同意（超时默认）",
                    "同心县消防救援大队: no decision by 2026-02-13: deemed approved"));
        }
    }

    @Test
    void theJointOutcomeNamesTheDepartmentsDeemedToConsent() {
        JointTask market = JointTask.open("county-market-regulation", "同心县市场监督管理局", "640324000000",
                LocalDate.parse("2026-02-13")).decided(TaskState.APPROVED, AT, "market-approver", "符合", null);
        JointTask fire = JointTask.open("county-fire-rescue", "同心县消防救援大队", "640324000000",
                LocalDate.parse("2026-02-13")).decided(TaskState.DEEMED_APPROVED, AT, "system", "x", null);

        Message note = HistoryNotes.jointOutcome(List.of(market, fire));

        assertBilingual(note, "同心县市场监督管理局", "同心县消防救援大队");
        assertThat(note).isEqualTo(Message.of("各联办部门同意：同心县市场监督管理局、同心县消防救援大队（超时默认）",
                "Every joint department agreed: 同心县市场监督管理局, 同心县消防救援大队 (deemed consent)"));
    }

    @Test
    void aCopyToTheJointDepartmentsCountsThem() {
        assertBilingual(HistoryNotes.copiedTo(3));
    }

    @Test
    void aReportUpwardAHandoverAndTheGreenChannelFrameAPersonsWordsAsTyped() {
        Handling up = Handling.at(cn.gov.platform.intake.Fixtures.YUHAI_CENTER).reportedUpward(CaseState.ACCEPTED,
                cn.gov.platform.intake.Fixtures.CIVIL_AFFAIRS, "涉及跨县经营");
        Message reported = HistoryNotes.reportedUpward(up, Message.of("涉及跨县经营", "涉及跨县经营"));
        assertBilingual(reported, "涉及跨县经营");
        assertThat(reported.zh()).isEqualTo("上报至 同心县民政局：涉及跨县经营");
        assertThat(reported.en()).as("the department in English, never its code")
                .isEqualTo("Reported upward to Tongxin County Civil Affairs Bureau: 涉及跨县经营");

        Message byRule = HistoryNotes.reportedUpward(up, HistoryNotes.reportedByRule());
        assertBilingual(byRule);
        assertThat(byRule.en()).contains("Tongxin County Civil Affairs Bureau").doesNotContain("county-civil-affairs");

        Handover done = new Handover("640324000000", "county-civil-affairs", "同心县民政局", "640324100000", "豫海镇",
                "yuhai-service-centre", "豫海镇便民服务中心", "豫海镇", "0953-0000000", "属镇受理", "clerk-1", "demo-clerk",
                AT, null);
        Message handed = HistoryNotes.handedOver(done, "属镇受理");
        assertBilingual(handed, "豫海镇", "便民服务中心", "属镇受理");
        assertThat(handed).isEqualTo(Message.of("转交至 豫海镇豫海镇便民服务中心：属镇受理",
                "Handed over to 豫海镇 豫海镇便民服务中心: 属镇受理"));

        Message green = HistoryNotes.greenChannel("王局长", "重大项目");
        assertBilingual(green, "王局长", "重大项目");
    }

    @Test
    void aRecomputationNamesTheCalendarAndEachMovedDateInEachLanguage() {
        CalendarStamp stamp = new CalendarStamp(2027, 1);
        List<DeadlineChange> changes = List.of(
                DeadlineChange.of(DeadlineChange.Kind.PROMISED, null, LocalDate.parse("2027-01-05"),
                        LocalDate.parse("2027-01-06"), stamp, AT),
                DeadlineChange.of(DeadlineChange.Kind.TASK, "county-fire-rescue", LocalDate.parse("2027-01-07"),
                        LocalDate.parse("2027-01-08"), stamp, AT));

        Message note = HistoryNotes.recomputed(stamp, changes);

        assertBilingual(note, "county-fire-rescue");
        assertThat(note).isEqualTo(Message.of(
                "期限按 2027 年日历第 1 版重新计算：承诺办结日 2027-01-05 → 2027-01-06；联办部门办理期限（county-fire-rescue） 2027-01-07 → 2027-01-08",
                "Dates recomputed on the 2027 calendar, version 1: promised due date 2027-01-05 → 2027-01-06; "
                        + "joint department's due date (county-fire-rescue) 2027-01-07 → 2027-01-08"));
    }

    @ParameterizedTest
    @EnumSource(DeadlineChange.Kind.class)
    void everyKindOfDateHasAnEnglishName(DeadlineChange.Kind kind) {
        assertThat(HistoryNotes.english(kind)).isNotBlank().doesNotContainPattern(CHINESE);
    }
}

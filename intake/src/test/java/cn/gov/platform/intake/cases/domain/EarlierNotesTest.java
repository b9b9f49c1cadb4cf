package cn.gov.platform.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.kernel.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Notes stored before the platform kept its own in both languages read as the message it writes now. */
class EarlierNotesTest {

    private static final Instant AT = Instant.parse("2026-02-14T02:00:00Z");

    private static Transition step(ActorRole role, String note) {
        String subject = role == ActorRole.SYSTEM ? ActorRole.SYSTEM_SUBJECT : "fire-approver";
        return new Transition(CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, subject, subject, role, AT, note);
    }

    @Test
    void aJointApprovalsAndADeemedConsentsReasonsReadInEachLanguageAndAPersonsAsWritten() {
        assertThat(EarlierNotes.reasons("各联办部门同意：同心县消防救援大队、吴忠市生态环境局同心分局（超时默认） | every joint department approved",
                false)).isEqualTo(Message.of("各联办部门同意：同心县消防救援大队、吴忠市生态环境局同心分局（超时默认）",
                "Every joint department agreed: 同心县消防救援大队, 吴忠市生态环境局同心分局 (deemed consent)"));
        assertThat(EarlierNotes.reasons("逾期未作出意见，视为同意（超时默认）| no decision by 2026-02-13: deemed approved", true))
                .isEqualTo(Message.of("逾期未作出意见，视为同意（超时默认）", "no decision by 2026-02-13: deemed approved"));
        assertThat(EarlierNotes.reasons("材料齐全 | 同意", false)).as("a person's words, even with a bar in them")
                .isEqualTo(Message.of("材料齐全 | 同意", "材料齐全 | 同意"));
        JointTask decided = new JointTask("fire@640324000000", "fire", "同心县消防救援大队", "640324000000",
                java.time.LocalDate.parse("2026-02-13"), TaskState.APPROVED, AT, "fire-approver", "合格 | 同意", null);
        assertThat(decided.reasonsText()).isEqualTo(Message.of("合格 | 同意", "合格 | 同意"));
    }

    @Test
    void aSystemNoteOfTheOldBilingualFormReadsAsThatMessage() {
        Transition old = step(ActorRole.SYSTEM, "期限已顺延 | deadline moved");

        assertThat(old.noteText()).isNull();
        assertThat(old.text()).isEqualTo(Message.of("期限已顺延", "deadline moved"));
        assertThat(old.note()).as("kept as stored").isEqualTo("期限已顺延 | deadline moved");
    }

    @Test
    void anOldMaterialCheckReadsAsTheMessageWrittenNow() {
        assertThat(step(ActorRole.SYSTEM, "材料核验 | material check：营业执照：已核验 | checked").text())
                .isEqualTo(Message.of("材料核验：营业执照：已核验", "Material check: 营业执照: checked"));
        assertThat(step(ActorRole.SYSTEM, "材料核验 | material check：居民身份证：" + MaterialRefusal.CERTIFICATE_NOT_VALID.zh()
                + " | " + MaterialRefusal.CERTIFICATE_NOT_VALID.en()).text()).isEqualTo(Message.of(
                "材料核验：居民身份证：" + MaterialRefusal.CERTIFICATE_NOT_VALID.zh(),
                "Material check: 居民身份证: " + MaterialRefusal.CERTIFICATE_NOT_VALID.en()));
    }

    @Test
    void anOldTaskNoteNamesItsStateInWordsNotByItsCode() {
        assertThat(step(ActorRole.APPROVER, "同心县消防救援大队：APPROVED | 消防安全检查合格").text()).isEqualTo(
                Message.of("同心县消防救援大队：同意：消防安全检查合格", "同心县消防救援大队: agreed: 消防安全检查合格"));
        assertThat(step(ActorRole.APPROVER, "同心县消防救援大队：REJECTED | 疏散通道宽度不足 1.1 米").text()).isEqualTo(
                Message.of("同心县消防救援大队：不同意：疏散通道宽度不足 1.1 米", "同心县消防救援大队: refused: 疏散通道宽度不足 1.1 米"));
        assertThat(step(ActorRole.SYSTEM, "吴忠市生态环境局同心分局：DEEMED_APPROVED | 逾期未作出意见，视为同意（超时默认）"
                + "| no decision by 2026-02-13: deemed approved").text()).isEqualTo(Message.of(
                "吴忠市生态环境局同心分局：逾期未作出意见，视为同意（超时默认）",
                "吴忠市生态环境局同心分局: no decision by 2026-02-13: deemed approved"));
    }

    @Test
    void theOtherOldFormsOfThePlatformReadAsTheirMessages() {
        assertThat(step(ActorRole.HANDLER, "并联审批：同时抄告 3 个部门 | copied to 3 departments").text())
                .isEqualTo(HistoryNotes.copiedTo(3));
        assertThat(step(ActorRole.APPROVER, "各联办部门同意：同心县市场监督管理局、吴忠市生态环境局同心分局（超时默认） | "
                + "every joint department approved").text()).isEqualTo(Message.of(
                "各联办部门同意：同心县市场监督管理局、吴忠市生态环境局同心分局（超时默认）",
                "Every joint department agreed: 同心县市场监督管理局, 吴忠市生态环境局同心分局 (deemed consent)"));
        assertThat(step(ActorRole.HANDLER, "上报至 640300000000 吴忠市市场监督管理局：上报件：本事项由上级部门审查决定 | "
                + "reported upward by the item's rule").text()).isEqualTo(Message.of(
                "上报至 640300000000 吴忠市市场监督管理局：上报件：本事项由上级部门审查决定",
                "Reported upward to 640300000000 吴忠市市场监督管理局: reported upward by the item's rule"));
        assertThat(step(ActorRole.SYSTEM, "期限按 2027 年日历第 1 版 | the 2027 calendar, version 1 重新计算："
                + "承诺办结日 2027-01-05 → 2027-01-06；联办部门办理期限（county-fire-rescue） 2027-01-07 → 2027-01-08").text())
                .isEqualTo(Message.of("期限按 2027 年日历第 1 版重新计算：承诺办结日 2027-01-05 → 2027-01-06；"
                                + "联办部门办理期限（county-fire-rescue） 2027-01-07 → 2027-01-08",
                        "Dates recomputed on the 2027 calendar, version 1: promised due date 2027-01-05 → 2027-01-06; "
                                + "joint department's due date (county-fire-rescue) 2027-01-07 → 2027-01-08"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"请一次性补齐以下材料", "申请人不具备经营场所 | 见现场核查", "转交至豫海镇：属镇受理"})
    void aPersonsNoteReadsAsWritten(String note) {
        assertThat(step(ActorRole.HANDLER, note).text()).isEqualTo(Message.of(note, note));
    }

    @Test
    void theOldChineseOnlyFramesAroundAPersonsWordsReadInEnglishWithTheWordsAsWritten() {
        assertThat(step(ActorRole.HANDLER, "转交至 豫海镇豫海镇便民服务中心：属镇受理").text()).isEqualTo(Message.of(
                "转交至 豫海镇豫海镇便民服务中心：属镇受理", "Handed over to 豫海镇豫海镇便民服务中心: 属镇受理"));
        assertThat(step(ActorRole.HANDLER, "绿色通道，责任人 王芳：重大项目").text()).isEqualTo(Message.of(
                "绿色通道，责任人 王芳：重大项目", "Green channel, officer responsible 王芳: 重大项目"));
        assertThat(step(ActorRole.HANDLER, "上报至 640300000000 吴忠市市场监督管理局：涉及跨县经营").text()).isEqualTo(Message.of(
                "上报至 640300000000 吴忠市市场监督管理局：涉及跨县经营",
                "Reported upward to 640300000000 吴忠市市场监督管理局: 涉及跨县经营"));
    }

    @Test
    void aNoteWrittenNowIsReadAsWritten() {
        Message said = Message.of("期限已顺延 | 中文", "deadline moved");
        Transition now = new Transition(CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, "system", "system",
                ActorRole.SYSTEM, AT, said.zh(), null, said);

        assertThat(now.text()).isSameAs(said);
        assertThat(new Transition(null, CaseState.DRAFT, "c", "c", ActorRole.APPLICANT, AT, null).text()).isNull();
    }
}

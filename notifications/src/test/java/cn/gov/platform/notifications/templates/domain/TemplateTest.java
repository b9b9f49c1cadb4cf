package cn.gov.platform.notifications.templates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void aDraftIsNeverRendered() {
        Template draft = Template.draft("case-accepted", 2, "受理编号 {caseRef}", false);
        assertThatThrownBy(() -> draft.render(Map.of("caseRef", "1"))).hasMessageContaining("TEMPLATE_NOT_APPROVED");
    }

    @Test
    void anApprovedVersionRendersAndRecordsWhoApprovedIt() {
        Template approved = Template.draft("case-accepted", 2, "受理编号 {caseRef}", false).approve("admin-1", NOW);
        assertThat(approved.render(Map.of("caseRef", "640324-2026-0000001"))).isEqualTo("受理编号 640324-2026-0000001");
        assertThat(approved.approvedBy()).isEqualTo("admin-1");
        assertThat(approved.approvedAt()).isEqualTo(NOW);
        assertThat(approved.id()).isEqualTo("case-accepted:2");
    }

    @Test
    void approvingTwiceIsAConflict() {
        Template approved = Template.draft("case-accepted", 1, "文本", false).approve("a", NOW);
        assertThatThrownBy(() -> approved.approve("b", NOW)).hasMessageContaining("TEMPLATE_ALREADY_APPROVED");
    }

    @Test
    void refusesBadCodesAndVersions() {
        assertThatThrownBy(() -> Template.draft("Case Accepted", 1, "文本", false)).hasMessageContaining("TEMPLATE_CODE_INVALID");
        assertThatThrownBy(() -> Template.draft("case-accepted", 0, "文本", false)).hasMessageContaining("TEMPLATE_VERSION_INVALID");
    }
}

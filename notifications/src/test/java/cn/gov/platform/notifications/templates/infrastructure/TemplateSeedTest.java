package cn.gov.platform.notifications.templates.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.notifications.templates.application.TemplateCatalogue;
import cn.gov.platform.notifications.templates.domain.Template;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;

/** The template seed reaches a store that has templates already, without overwriting the county's own wording. */
class TemplateSeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneOffset.UTC);
    private static final String ACCEPTED = "【同心县政务服务】您的申请已受理，受理编号 {caseRef}。";
    private static final String CORRECTED = "【同心县政务服务】您的申请已受理，受理编号 {caseRef}，可在“我的办件”查看进度。";

    private final Store store = new Store();

    @Test
    void anEmptyStoreGetsVersionOneOfEveryTemplateApprovedBySeed() {
        assertThat(seed(ACCEPTED)).isEqualTo(1);

        Template v1 = store.latest("case-accepted");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.isApproved()).isTrue();
        assertThat(v1.approvedBy()).isEqualTo("seed");
    }

    @Test
    void anUnchangedSeedStoresNothingOnTheNextStart() {
        seed(ACCEPTED);

        assertThat(seed(ACCEPTED)).isZero();
        assertThat(store.versions("case-accepted")).hasSize(1);
    }

    @Test
    void aCorrectedSeedWordingBecomesTheNextApprovedVersion() {
        seed(ACCEPTED);

        assertThat(seed(CORRECTED)).isEqualTo(1);

        Template v2 = store.latest("case-accepted");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.text().value()).isEqualTo(CORRECTED);
        assertThat(v2.approvedBy()).isEqualTo("seed");
    }

    @Test
    void aWordingAnAdministratorWroteIsLeftAlone() {
        seed(ACCEPTED);
        store.add(Template.draft("case-accepted", 2, "【同心县政务服务】县里自己的措辞 {caseRef}。", false)
                .approve("demo-admin", CLOCK.instant()));

        assertThat(seed(CORRECTED)).isZero();
        assertThat(store.latest("case-accepted").approvedBy()).isEqualTo("demo-admin");
        assertThat(store.versions("case-accepted")).hasSize(2);
    }

    @Test
    void anAdministratorsDraftAwaitingApprovalIsLeftAloneToo() {
        seed(ACCEPTED);
        store.add(Template.draft("case-accepted", 2, "【同心县政务服务】待批准的措辞 {caseRef}。", false));

        assertThat(seed(CORRECTED)).isZero();
        assertThat(store.latest("case-accepted").isApproved()).isFalse();
    }

    private int seed(String acceptedText) {
        String json = "[{\"code\":\"case-accepted\",\"text\":\"" + acceptedText + "\",\"urgent\":false}]";
        return new TemplateSeed(store, new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)),
                JsonMapper.builder().build(), CLOCK).run();
    }

    /** The catalogue's contract in memory: (code, version) is unique. */
    private static final class Store implements TemplateCatalogue {

        private final List<Template> templates = new ArrayList<>();

        @Override
        public List<Template> all() {
            return List.copyOf(templates);
        }

        @Override
        public List<Template> versions(String code) {
            return templates.stream().filter(t -> t.code().equals(code)).toList();
        }

        @Override
        public boolean add(Template template) {
            if (templates.stream().anyMatch(t -> t.id().equals(template.id()))) {
                return false;
            }
            return templates.add(template);
        }

        @Override
        public void replace(Template template) {
            templates.removeIf(t -> t.id().equals(template.id()));
            templates.add(template);
        }

        Template latest(String code) {
            return versions(code).stream().max(Comparator.comparingInt(Template::version)).orElseThrow();
        }
    }
}

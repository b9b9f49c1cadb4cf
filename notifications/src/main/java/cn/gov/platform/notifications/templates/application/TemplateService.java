package cn.gov.platform.notifications.templates.application;

import cn.gov.platform.notifications.templates.domain.Template;
import cn.gov.platform.kernel.DomainViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the approved wording for a code, and lets an administrator add and approve versions.
 * The approved version per code is cached briefly: rendering runs for every event, approval is
 * rare, and another instance's approval is picked up within {@link #CACHE_FOR}.
 */
public class TemplateService {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    /** The text to send and the exact template version it came from. */
    public record Rendered(String code, int version, String text, boolean urgent) {
    }

    private record Cached(Optional<Template> template, Instant until) {
    }

    private final TemplateCatalogue catalogue;
    private final Clock clock;
    private final Map<String, Cached> approved = new ConcurrentHashMap<>();

    public TemplateService(TemplateCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public Rendered render(String code, Map<String, String> variables) {
        Template t = approvedVersion(code).orElseThrow(() -> DomainViolation.notFound("TEMPLATE_NOT_FOUND",
                "没有已批准的模板 " + code + "。", "There is no approved template " + code + "."));
        return new Rendered(t.code(), t.version(), t.render(variables), t.urgent());
    }

    public Optional<Template> approvedVersion(String code) {
        Instant now = clock.instant();
        Cached cached = approved.get(code);
        if (cached == null || now.isAfter(cached.until())) {
            cached = new Cached(catalogue.versions(code).stream().filter(Template::isApproved)
                    .max(Comparator.comparingInt(Template::version)), now.plus(CACHE_FOR));
            approved.put(code, cached);
        }
        return cached.template();
    }

    public List<Template> all() {
        return catalogue.all().stream()
                .sorted(Comparator.comparing(Template::code).thenComparingInt(Template::version)).toList();
    }

    /**
     * A new draft version. Repeating the same text for a code returns the version that already has
     * it (so a retried request creates nothing new); only a new wording makes a new version.
     */
    public Drafted draft(String code, String text, boolean urgent) {
        List<Template> versions = catalogue.versions(code);
        if (versions.isEmpty()) {
            throw DomainViolation.notFound("TEMPLATE_NOT_FOUND", "没有模板 " + code + "。", "There is no template " + code + ".");
        }
        Optional<Template> same = versions.stream()
                .filter(v -> v.text().value().equals(text) && v.urgent() == urgent).findFirst();
        if (same.isPresent()) {
            return new Drafted(same.get(), false);
        }
        int next = versions.stream().mapToInt(Template::version).max().orElse(0) + 1;
        Template draft = Template.draft(code, next, text, urgent);
        if (!catalogue.add(draft)) {
            throw DomainViolation.conflict("TEMPLATE_VERSION_TAKEN", "该版本刚被他人创建，请重试。",
                    "Someone else just created this version; try again.");
        }
        return new Drafted(draft, true);
    }

    /** A draft version and whether this call created it. */
    public record Drafted(Template template, boolean created) {
    }

    public Template approve(String code, int version, String by) {
        Template t = catalogue.versions(code).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> DomainViolation.notFound("TEMPLATE_NOT_FOUND", "没有该模板版本。",
                        "There is no such template version."));
        Template approvedNow = t.approve(by, clock.instant());
        catalogue.replace(approvedNow);
        approved.remove(code);
        return approvedNow;
    }
}

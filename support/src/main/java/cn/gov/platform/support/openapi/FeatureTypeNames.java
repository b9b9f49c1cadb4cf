package cn.gov.platform.support.openapi;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema names that cannot collide: a type of a service's feature
 * ({@code cn.gov.platform.<service>.<feature>...}) is named after its feature unless its simple name
 * already starts with it. Intake's {@code cases.web.CaseRequests.FileBody} is {@code CaseFileBody},
 * {@code complaints.web.ComplaintController.FileBody} is {@code ComplaintFileBody}, and
 * {@code cases.web.CaseView} stays {@code CaseView}. Types of the shared kernel and support keep their
 * simple names; a type nested in a domain or application type is named with it ({@code Notice.Kind}
 * is {@code CaseNoticeKind}). Two types that still come out with one name (same simple name in one
 * feature's web layer) are a fault: the document is refused ({@link PublicContract}) until one of
 * them is renamed or given {@code @Schema(name = ...)}, instead of one silently standing for the other.
 */
public final class FeatureTypeNames extends TypeNameResolver {

    private static final String PLATFORM = "cn.gov.platform.";
    /** Packages under a service that are not features: their types keep their simple names. */
    private static final Set<String> NOT_FEATURES = Set.of("common", "web", "config", "support");
    private static final Set<String> SHARED = Set.of("kernel", "support", "events", "contracts");

    private final Map<String, Class<?>> named = new ConcurrentHashMap<>();
    private final Set<String> collisions = ConcurrentHashMap.newKeySet();

    @Override
    protected String nameForClass(Class<?> type, Set<Options> options) {
        String name = super.nameForClass(type, options);
        if (!type.getName().startsWith(PLATFORM)) {
            return name;
        }
        Class<?> earlier = named.putIfAbsent(name, type);
        if (earlier != null && !earlier.getName().equals(type.getName())) {
            // springdoc swallows exceptions thrown here (the schema comes out empty), so the clash is
            // kept and reported by PublicContract, which refuses the document; meanwhile a distinct name.
            collisions.add(earlier.getName() + " and " + type.getName() + " as " + name);
            String distinct = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace("$", "");
            named.putIfAbsent(distinct, type);
            return distinct;
        }
        return name;
    }

    /** Pairs of types that came out with one name; empty unless a rename is needed. */
    public Set<String> collisions() {
        return Set.copyOf(collisions);
    }

    @Override
    protected String getNameOfClass(Class<?> type) {
        return nameOf(type);
    }

    /** The type a schema name stands for, when this resolver named it. */
    public Optional<Class<?>> typeNamed(String schemaName) {
        return Optional.ofNullable(named.get(schemaName));
    }

    static String nameOf(Class<?> type) {
        String simple = type.getSimpleName();
        String packageName = type.getPackageName();
        if (!packageName.startsWith(PLATFORM)) {
            return simple;
        }
        String[] parts = packageName.substring(PLATFORM.length()).split("\\.");
        if (parts.length < 2 || SHARED.contains(parts[0]) || NOT_FEATURES.contains(parts[1])) {
            return simple;
        }
        // A nested type outside the web layer (Notice.Kind, Defect.Kind) is named with its enclosing type.
        Class<?> enclosing = type.getEnclosingClass();
        boolean web = Arrays.asList(parts).contains("web");
        if (enclosing != null && !web) {
            simple = enclosing.getSimpleName() + simple;
        }
        String feature = singular(parts[1]);
        String prefix = Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
        return simple.startsWith(prefix) ? simple : prefix + simple;
    }

    /** {@code cases} is {@code case}, {@code classes} {@code class}, {@code catalogue} stays. */
    static String singular(String feature) {
        String word = feature.toLowerCase(Locale.ROOT);
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}

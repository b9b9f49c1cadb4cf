package cn.gov.platform.support.openapi;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Makes a service's generated document the contract its clients can rely on:
 * <ul>
 * <li>internal endpoints ({@code /api/<service>/internal/**}, service accounts only) and development
 * endpoints ({@code /api/<service>/bench/**}) are left out, and so are the schemas only they used;</li>
 * <li>every record's components are {@code required} unless declared {@code @Nullable} (answers leave
 * out what is null; a request may leave out what is nullable);</li>
 * <li>every operation declares the problem+json answers it can give, with the {@code Problem} schema
 * the support library's handler writes: 400 where it takes input, 401 and 403 where it needs a token,
 * 404 where its path or body names an object, 409 and 422 where it changes something, 413 for uploads, 429
 * always (the gateway's rate limits) and 503 always (a dependency or the identity provider unavailable);</li>
 * <li>operations that need a token name the {@code bearer} scheme; every operation has a summary.</li>
 * </ul>
 */
public final class PublicContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER = "bearer";
    private static final List<String> HIDDEN = List.of("/api/*/internal/**", "/api/*/bench/**");
    private static final Pattern REF = Pattern.compile("#/components/schemas/([^\"#/]+)\"");
    private static final Map<String, String> STATUS_TEXT = Map.of(
            "400", "The request is malformed or a value is invalid (the field at fault is named).",
            "401", "No valid token.",
            "403", "The caller's roles do not allow this operation.",
            "404", "No such object, or it belongs to someone else.",
            "409", "The object is not in a state that allows this, or a retry carries other content.",
            "413", "The file is larger than allowed.",
            "422", "A rule refuses the request.",
            "429", "Too many requests: the gateway's rate limit for this caller; try again later.",
            "503", "A service this operation needs is unavailable; try again later.");

    private final FeatureTypeNames names;
    private final List<String> publicGets;
    private final List<String> publicPosts;
    private final String title;
    private final String version;
    private final AntPathMatcher paths = new AntPathMatcher();

    public PublicContract(FeatureTypeNames names, List<String> publicGets, List<String> publicPosts, String title,
            String version) {
        this.names = names;
        this.publicGets = List.copyOf(publicGets);
        this.publicPosts = List.copyOf(publicPosts);
        this.title = title;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (!names.collisions().isEmpty()) {
            throw new IllegalStateException("Types that would share an OpenAPI schema name (rename one or give it"
                    + " @Schema(name = ...)): " + names.collisions());
        }
        openApi.getInfo().title(title).version(version)
                .description("Behind the platform's gateway; errors are RFC 9457 problem+json (schema Problem).");
        if (openApi.getPaths() != null) {
            openApi.getPaths().keySet().removeIf(path -> HIDDEN.stream().anyMatch(p -> paths.match(p, path)));
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        requireWhatIsNotNullable(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the platform's realm (audience gov-platform)."));
        components.addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> declare(path, method, operation)));
        }
        dropUnusedSchemas(openApi);
    }

    private void declare(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = isPublic(path, method);
        // A public operation takes a token or none ({} is "no scheme needed"); the others need one.
        operation.setSecurity(List.of(open ? new SecurityRequirement() : new SecurityRequirement().addList(BEARER)));
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(sentence(operation.getOperationId() == null ? method + " " + path
                    : operation.getOperationId()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        List<String> statuses = new ArrayList<>();
        if (input) {
            statuses.add("400");
        }
        if (!open) {
            statuses.add("401");
            statuses.add("403");
        }
        if (path.contains("{") || operation.getRequestBody() != null) {
            statuses.add("404"); // the object the path names, or one the body names (an item, a case)
        }
        if (changes) {
            statuses.add("409");
            statuses.add("422");
        }
        if (uploads(operation)) {
            statuses.add("413");
        }
        statuses.add("429");
        statuses.add("503");
        for (String status : statuses) {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problemResponse(status));
            }
        }
    }

    private boolean isPublic(String path, PathItem.HttpMethod method) {
        List<String> patterns = switch (method) {
            case GET, HEAD -> publicGets;
            case POST -> publicPosts;
            default -> List.of();
        };
        return patterns.stream().anyMatch(p -> paths.match(p, path));
    }

    private static boolean uploads(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(
                        org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static ApiResponse problemResponse(String status) {
        return new ApiResponse().description(STATUS_TEXT.get(status)).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** The body {@code Problems.of} writes (RFC 9457 with the platform's members). */
    static Schema<?> problemSchema() {
        Schema<?> message = new ObjectSchema().description("The message in both languages.")
                .addProperty("zh", new StringSchema()).addProperty("en", new StringSchema())
                .required(List.of("zh", "en"));
        Schema<?> fieldError = new ObjectSchema().description("One field at fault.")
                .addProperty("field", new StringSchema().description("Its path as sent, e.g. materials[1].name"))
                .addProperty("code", new StringSchema()).addProperty("message", message)
                .required(List.of("field", "code", "message"));
        return new ObjectSchema().description("An RFC 9457 problem: a stable code, a message in Chinese and English.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("urn:gov-platform:problem:<code in lower case with hyphens>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema().description("The English message."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request path, e.g. /api/intake/cases"))
                .addProperty("code", new StringSchema().description("Stable, e.g. CASE_NOT_FOUND."))
                .addProperty("message", message)
                .addProperty("field", new StringSchema().description("The field at fault, when there is one."))
                .addProperty("errors", new ArraySchema().items(fieldError))
                .addProperty("requestId", new StringSchema())
                .required(List.of("type", "title", "status", "code", "message"));
    }

    /**
     * A record's component is required unless it is {@code @Nullable} (the packages are
     * {@code @NullMarked}): answers carry every non-null member, and a request must.
     */
    private void requireWhatIsNotNullable(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().forEach((name, schema) -> names.typeNamed(name).ifPresent(type -> {
            if (!type.isRecord() || schema.getProperties() == null) {
                return;
            }
            Set<String> required = new HashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (RecordComponent component : type.getRecordComponents()) {
                if (!schema.getProperties().containsKey(component.getName())) {
                    continue;
                }
                if (nullable(component)) {
                    required.remove(component.getName());
                } else {
                    required.add(component.getName());
                }
            }
            List<String> ordered = new ArrayList<>(schema.getProperties().keySet());
            ordered.retainAll(required);
            schema.setRequired(ordered.isEmpty() ? null : ordered);
        }));
    }

    static boolean nullable(RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        return Arrays.stream(component.getAnnotatedType().getAnnotations()).anyMatch(PublicContract::isNullable)
                || Arrays.stream(component.getAnnotations()).anyMatch(PublicContract::isNullable)
                || Arrays.stream(component.getAccessor().getAnnotatedReturnType().getAnnotations())
                        .anyMatch(PublicContract::isNullable);
    }

    private static boolean isNullable(java.lang.annotation.Annotation annotation) {
        return annotation.annotationType().getSimpleName().equals("Nullable");
    }

    /** Schemas no path reaches any more (those of the internal endpoints), found by following $refs. */
    private static void dropUnusedSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> reached = new HashSet<>(refs(openApi.getPaths()));
        List<String> todo = new ArrayList<>(reached);
        while (!todo.isEmpty()) {
            Schema<?> schema = schemas.get(todo.removeLast());
            if (schema != null) {
                for (String ref : refs(schema)) {
                    if (reached.add(ref)) {
                        todo.add(ref);
                    }
                }
            }
        }
        Map<String, Schema> kept = new TreeMap<>();
        schemas.forEach((name, schema) -> {
            if (reached.contains(name)) {
                kept.put(name, schema);
            }
        });
        openApi.getComponents().setSchemas(new LinkedHashMap<>(kept));
    }

    private static Set<String> refs(@Nullable Object part) {
        Set<String> found = new HashSet<>();
        if (part == null) {
            return found;
        }
        try {
            Matcher m = REF.matcher(Json.mapper().writeValueAsString(part));
            while (m.find()) {
                found.add(m.group(1));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the document's references", e);
        }
        return found;
    }

    /** {@code requestSupplement_1} becomes {@code Request supplement}. */
    static String sentence(String operationId) {
        String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('_', ' ').toLowerCase(Locale.ROOT).trim();
        return words.isEmpty() ? operationId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package cn.gov.platform.certificates.registry.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A domain rule refused a request. It carries a stable code, a message in Chinese and English
 * and the field at fault; the service's problem advice turns it into problem+json, so the
 * domain stays free of HTTP.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;
    private final String code;
    private final String zh;
    private final String en;
    private final @Nullable String field;

    public RuleViolation(Kind kind, String code, String zh, String en, @Nullable String field) {
        super(code + ": " + en);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.zh = zh;
        this.en = en;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String code, String zh, String en) {
        return new RuleViolation(Kind.INVALID, code, zh, en, field);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public @Nullable String field() {
        return field;
    }
}

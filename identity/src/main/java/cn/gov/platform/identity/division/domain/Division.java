package cn.gov.platform.identity.division.domain;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One division in the tree.
 *
 * @param illustrative true where the code was built by the coding rules rather than taken
 *                     from a published source; clients may show it, nobody should rely on it
 * @param nameEn       the name in English ("Yuhai Town", villages in pinyin); the Chinese name where the
 *                     registry gives none, so a reader always sees a name
 */
public record Division(DivisionCode code, String name, @Nullable DivisionCode parent, boolean illustrative,
        String nameEn) {

    /** A division named in Chinese only. */
    public Division(DivisionCode code, String name, @Nullable DivisionCode parent, boolean illustrative) {
        this(code, name, parent, illustrative, name);
    }

    public Division {
        Objects.requireNonNull(code);
        if (nameEn == null || nameEn.isBlank()) {
            nameEn = name;
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
        if (parent != null && !code.parent().map(parent::equals).orElse(false)) {
            throw new IllegalArgumentException("division " + code + " cannot lie under " + parent);
        }
    }

    public DivisionCode.Level level() {
        return code.level();
    }
}

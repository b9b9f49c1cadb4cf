package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published fee catalogue: the only fees an item can charge (SUP-3: a fee outside it is impossible). */
public final class FeeCatalogue {

    private final Map<String, Fee> fees = new LinkedHashMap<>();

    public FeeCatalogue(List<Fee> entries) {
        // A catalogue file of an earlier release names a fee "中文 | English" in one string.
        entries.forEach(f -> fees.put(f.code(), f.fromOneString()));
    }

    public Optional<Fee> find(String code) {
        return Optional.ofNullable(fees.get(code));
    }

    /** The catalogue's fees for the given codes; an unknown code refuses the whole list. */
    public List<Fee> resolve(List<String> codes) {
        return codes.stream().map(code -> find(code).orElseThrow(() -> DomainViolation.invalid("fees",
                "FEE_NOT_IN_CATALOGUE", "收费项目 " + code + " 不在收费目录中，不得收取。",
                "Fee " + code + " is not in the fee catalogue and cannot be charged."))).toList();
    }

    public List<Fee> all() {
        return List.copyOf(fees.values());
    }
}

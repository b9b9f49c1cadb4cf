package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.DomainViolation;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a mandate covers: every item, or the listed item codes of the catalogue. */
public record Scope(boolean allItems, Set<String> items) {

    private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_ITEMS = 50;

    public Scope {
        items = Set.copyOf(new TreeSet<>(items));
        if (allItems && !items.isEmpty()) {
            throw DomainViolation.invalid("items", "SCOPE_AMBIGUOUS", Message.of(
                    "授权范围为全部事项时不应再列出事项。", "A mandate for all items lists no items."));
        }
        if (!allItems && (items.isEmpty() || items.size() > MAX_ITEMS)) {
            throw DomainViolation.invalid("items", "SCOPE_REQUIRED", Message.of(
                    "请列出授权代办的事项（1-50 项），或选择全部事项。",
                    "List the items the agent may file (1-50), or choose all items."));
        }
        for (String item : items) {
            if (!ITEM_CODE.matcher(item).matches()) {
                throw DomainViolation.invalid("items", "INVALID_ITEM_CODE", Message.of(
                        "事项编码格式不正确：" + item, "Not a valid item code: " + item));
            }
        }
    }

    public static Scope all() {
        return new Scope(true, Set.of());
    }

    public static Scope of(Set<String> items) {
        return new Scope(false, items);
    }

    public boolean covers(String item) {
        return allItems || items.contains(item);
    }
}

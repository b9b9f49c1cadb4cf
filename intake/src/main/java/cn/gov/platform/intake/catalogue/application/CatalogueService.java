package cn.gov.platform.intake.catalogue.application;

import cn.gov.platform.kernel.identifiers.DivisionCode;
import cn.gov.platform.intake.catalogue.domain.FeeCatalogue;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ItemCode;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.kernel.DomainViolation;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The catalogue's use cases: public reading and routing, versioned administration. */
public class CatalogueService {

    private final ServiceItems items;
    private final FeeCatalogue fees;
    private final MeterRegistry meters;

    public CatalogueService(ServiceItems items, FeeCatalogue fees, MeterRegistry meters) {
        this.items = items;
        this.fees = fees;
        this.meters = meters;
    }

    public List<ServiceItem> search(ItemQuery query) {
        return items.search(query);
    }

    /**
     * The department at a division as the catalogue names it (where some item is handled), for
     * complaints, petitions and hotline tickets addressed to a department; 400 {@code UNKNOWN_DEPARTMENT}
     * naming {@code department} when no item is handled there.
     */
    public Implementation place(String department, String division) {
        return items.search(new ItemQuery(null, null, null, null)).stream()
                .flatMap(i -> i.implementations().stream())
                .filter(i -> i.department().equals(department) && i.division().value().equals(division))
                .findFirst().orElseThrow(() -> DomainViolation.invalid("department", "UNKNOWN_DEPARTMENT",
                        "事项目录中没有该行政区划的这个部门。", "The catalogue has no such department at that division."));
    }

    public ServiceItem guide(String code) {
        return items.current(ItemCode.of(code)).orElseThrow(() -> unknown(code));
    }

    public ServiceItem version(String code, int version) {
        return items.version(ItemCode.of(code), version).orElseThrow(() -> unknown(code));
    }

    public FeeCatalogue fees() {
        return fees;
    }

    /** A new item, version 1. */
    public ServiceItem create(ItemDraft draft) {
        ServiceItem item = draft.toItem(1, fees);
        if (items.current(item.code()).isPresent() || !items.add(item)) {
            throw DomainViolation.conflict("ITEM_EXISTS", "事项 " + item.code() + " 已存在，请修改而非新建。",
                    "Item " + item.code() + " exists already; change it instead of creating it.");
        }
        meters.counter("intake.catalogue.changes", "kind", "created").increment();
        return item;
    }

    /** A change is a new version; cases keep the version they were submitted under. */
    public ServiceItem change(String code, ItemDraft draft) {
        ServiceItem current = guide(code);
        if (!current.code().value().equals(draft.code())) {
            throw DomainViolation.invalid("code", "CODE_MISMATCH", "请求中的事项编码与地址不一致。",
                    "The item code in the body differs from the one in the address.");
        }
        ServiceItem next = draft.toItem(current.version() + 1, fees);
        if (!items.add(next)) {
            throw DomainViolation.conflict("CONCURRENT_CHANGE", "该事项刚被他人修改，请刷新后重试。",
                    "Someone changed this item a moment ago; reload it and try again.");
        }
        meters.counter("intake.catalogue.changes", "kind", "changed").increment();
        return next;
    }

    /** First-contact routing (INT-7) for a request received at a division and, optionally, a department. */
    public Routing routing(String code, String division, @Nullable String department) {
        ServiceItem item = guide(code);
        boolean here = item.implementationAt(DivisionCode.of(division), department).isPresent();
        List<Implementation> where = here ? List.of(item.implementationAt(DivisionCode.of(division), department)
                .orElseThrow()) : item.implementations();
        return new Routing(item.code().value(), item.name(), here, where);
    }

    static DomainViolation unknown(String code) {
        return DomainViolation.notFound("ITEM_NOT_FOUND", "事项 " + code + " 不存在。", "There is no item " + code + ".");
    }
}

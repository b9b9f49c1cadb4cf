package cn.gov.platform.intake.cases.domain;

import cn.gov.platform.intake.calendar.domain.CalendarStamp;
import cn.gov.platform.intake.calendar.domain.DeadlineChange;
import cn.gov.platform.intake.catalogue.domain.RequiredMaterial;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The payloads of the case's events on {@code intake.case-events}, built in one place: what the
 * consumers (notifications, credit, supervision, issuance, publicity) read. Only strings, never a
 * phone or identity number.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    static Map<String, String> submitted(Materials materials) {
        return Map.of("missingMaterials", materials.missing().stream().map(RequiredMaterial::code)
                .collect(Collectors.joining(",")));
    }

    static Map<String, String> agentFiled(Filing filing) {
        return filing.mandateId() == null ? Map.of() : Map.of("mandateId", filing.mandateId());
    }

    /** The promised and statutory due dates the applicant is told, when there are any. */
    static Map<String, String> deadlines(Deadlines d) {
        Map<String, String> payload = new HashMap<>();
        if (d.promisedDue() != null) {
            payload.put("promisedDue", d.promisedDue().toString());
        }
        if (d.statutoryDue() != null) {
            payload.put("statutoryDue", d.statutoryDue().toString());
        }
        return payload;
    }

    static Map<String, String> supplementRequested(Notice notice) {
        return Map.of("materials", codes(notice.defects()), "duringReview", String.valueOf(notice.duringReview()));
    }

    static Map<String, String> notAccepted(Notice notice) {
        return Map.of("noticeNumber", String.valueOf(notice.number()), "reason", notice.reason(), "materials",
                codes(notice.defects()));
    }

    static Map<String, String> accepted(Deadlines d, List<ToleratedMaterial> tolerating, CreditStatus credit) {
        Map<String, String> payload = deadlines(d);
        if (!tolerating.isEmpty()) {
            payload.put("tolerated", tolerating.stream().map(ToleratedMaterial::materialCode)
                    .collect(Collectors.joining(",")));
        }
        payload.put("creditCheck", credit.name());
        return payload;
    }

    static Map<String, String> task(JointTask t) {
        return Map.of("taskId", t.id(), "taskDepartment", t.department(), "taskDepartmentName", t.departmentName(),
                "taskDivision", t.division(), "dueOn", t.dueOn().toString());
    }

    static Map<String, String> taskDecided(JointTask t) {
        Map<String, String> payload = new HashMap<>(task(t));
        payload.put("taskState", t.state().name());
        if (t.reasons() != null) {
            payload.put("reasons", t.reasons());
        }
        if (t.legalBasis() != null) {
            payload.put("legalBasis", t.legalBasis());
        }
        return payload;
    }

    /** A decision cites the credit check, the measures and the entries it used (CRE-2). */
    static Map<String, String> decided(Decision d, @Nullable CreditRecord credit) {
        Map<String, String> payload = new HashMap<>(Map.of("reasons", d.reasons(), "onTime", String.valueOf(d.onTime())));
        if (d.legalBasis() != null) {
            payload.put("legalBasis", d.legalBasis());
        }
        if (credit != null) {
            payload.put("creditCheckId", credit.checkId());
            payload.put("creditMeasures", String.join(",", credit.measureIds()));
            payload.put("creditEntries", credit.entries().stream().map(CreditRecord.Entry::entryId)
                    .collect(Collectors.joining(",")));
        }
        return payload;
    }

    static Map<String, String> recomputed(Deadlines d, CalendarStamp stamp, String ref, List<DeadlineChange> changes) {
        Map<String, String> payload = deadlines(d);
        payload.put("calendarYear", String.valueOf(stamp.year()));
        payload.put("calendarVersion", String.valueOf(stamp.version()));
        payload.put("ref", ref);
        payload.put("changes", changes.stream().map(c -> c.what() + ":" + c.from() + ">" + c.to())
                .collect(Collectors.joining(";")));
        return payload;
    }

    private static String codes(List<Defect> defects) {
        return defects.stream().map(Defect::materialCode).collect(Collectors.joining(","));
    }
}

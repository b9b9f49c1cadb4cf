package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.Actor;
import cn.gov.platform.intake.cases.domain.ActorRole;
import cn.gov.platform.intake.cases.domain.Case;
import cn.gov.platform.intake.cases.domain.CaseId;
import cn.gov.platform.intake.cases.domain.CounterAttestation;
import cn.gov.platform.intake.cases.domain.Filing;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.catalogue.domain.Implementation;
import cn.gov.platform.intake.catalogue.domain.ServiceItem;
import cn.gov.platform.intake.catalogue.domain.StaffRole;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import cn.gov.platform.support.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Filing at the window (一窗受理, issue 17, point 2): a clerk files for the person standing in front of
 * them, identified by name and resident ID number, attesting that the identity document was checked in
 * person. The case belongs to the person (their account, or their person record at identity, which
 * becomes their account's when they register and are verified); the clerk is its filer and may upload
 * its materials and submit it for them. The clerk then accepts it at the window like any other.
 */
public class CounterFilingService {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,59}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    private final CaseChanges changes;
    private final CatalogueService catalogue;
    private final CaseAccess access;
    private final PersonRecords persons;
    private final MaterialChecks checks;
    private final MeterRegistry meters;

    public CounterFilingService(CaseChanges changes, CatalogueService catalogue, CaseAccess access,
            PersonRecords persons, MaterialChecks checks, MeterRegistry meters) {
        this.changes = changes;
        this.catalogue = catalogue;
        this.access = access;
        this.persons = persons;
        this.checks = checks;
        this.meters = meters;
    }

    /** What the clerk enters: the item, the person, the document checked, and whether to submit now or add uploads first. */
    public record CounterRequest(String itemCode, String name, String idNumber, @Nullable String phone,
            String documentType, boolean checkedInPerson, boolean submit) {

        String canonical() {
            String suffix = idNumber.length() >= 6 ? idNumber.substring(idNumber.length() - 6) : idNumber;
            return String.join("|", itemCode, name.trim(), suffix, Objects.requireNonNullElse(phone, ""), documentType,
                    String.valueOf(checkedInPerson), String.valueOf(submit));
        }
    }

    public FilingService.Filed file(Caller caller, CounterRequest request, @Nullable String idempotencyKey) {
        return changes.timed("file-at-counter", () -> {
            String key = FilingService.requireKey(idempotencyKey);
            if (caller.division() == null || caller.department() == null
                    || !caller.hasRole(StaffRole.HANDLER.realmRole()) || !access.staffHolds(caller, StaffRole.HANDLER)) {
                throw DomainViolation.rule("STAFF_ROLE_REQUIRED", "窗口代为申请须由本部门的窗口工作人员办理。",
                        "Filing at the window is for the department's window clerks.", null);
            }
            Instant now = changes.now();
            checkPerson(request, now);
            Actor clerk = new Actor(caller.subject(), caller.username(), ActorRole.HANDLER);
            // Checked before identity is asked: an attestation missing stores nothing anywhere.
            CounterAttestation.given(clerk, caller.division(), caller.department(), request.documentType(),
                    request.checkedInPerson(), false, now);
            ServiceItem item = catalogue.guide(request.itemCode());
            Implementation where = FilingService.handlingPlace(item, new FileRequest(request.itemCode(),
                    caller.division(), caller.department(), null, List.of(), request.submit()));
            PersonRecords.CounterPerson person = persons.atCounter(request.name().trim(), request.idNumber().trim(),
                    request.phone() == null || request.phone().isBlank() ? null : request.phone().trim(), caller.subject());
            CounterAttestation attestation = CounterAttestation.given(clerk, caller.division(), caller.department(),
                    request.documentType(), true, person.registered(), now);
            String fingerprint = FilingService.sha256(request.canonical().getBytes(StandardCharsets.UTF_8));
            // The name as the clerk read it from the identity document: the queue names whom the case is for.
            Filing filing = new Filing(person.subject(), null, null, key, fingerprint, attestation, null,
                    request.name().trim());
            Case c = Case.draft(CaseId.forSubmission(caller.subject(), key), item, where, filing, clerk, now);
            // The person's records at other departments are fetched, never asked of them (CAT-3).
            checks.fetchRecords(c, now);
            if (request.submit()) {
                c.submit(clerk, now);
            }
            if (!changes.insert(c)) {
                Case earlier = changes.findByKey(caller.subject(), key).orElseThrow();
                if (!earlier.snapshot().filing().fingerprint().equals(fingerprint)) {
                    throw DomainViolation.rule("IDEMPOTENCY_KEY_REUSED",
                            "该 Idempotency-Key 已用于另一份申请，请为新的申请使用新的键。",
                            "This Idempotency-Key was used for a different request; use a new key for a new request.",
                            "Idempotency-Key");
                }
                return new FilingService.Filed(earlier, false);
            }
            meters.counter("intake.cases.counter-filings", "registered", String.valueOf(person.registered())).increment();
            return new FilingService.Filed(c, true);
        });
    }

    /** Every fault of the person's data at once, each naming its field; the number itself never appears in a message. */
    private static void checkPerson(CounterRequest request, Instant now) {
        checkPerson(request.name(), request.idNumber(), request.phone(), now);
    }

    /**
     * Every fault of a person's data as a clerk took it from their identity card (name, resident ID number,
     * optional phone) at once, each naming its field under {@code person.}; the number never appears in a
     * message. Also for petitions recorded by staff (issue 19).
     */
    public static void checkPerson(@Nullable String name, @Nullable String idNumber, @Nullable String phone,
            Instant now) {
        List<DomainViolation.Fault> faults = new java.util.ArrayList<>();
        if (name == null || !NAME.matcher(name.trim()).matches()) {
            faults.add(new DomainViolation.Fault("person.name", "INVALID_NAME", cn.gov.platform.kernel.Message.of(
                    "请填写与身份证一致的姓名（2-20 个汉字，或拉丁字母）。",
                    "Enter the name exactly as on the identity card (2-20 Chinese characters, or Latin letters).")));
        }
        try {
            ResidentIdNumber.parse(idNumber, "person.idNumber")
                    .requireBornBy(ChinaTime.dateOf(now), "person.idNumber");
        } catch (DomainViolation v) {
            faults.add(new DomainViolation.Fault("person.idNumber", v.code(), v.userMessage()));
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
            faults.add(new DomainViolation.Fault("person.phone", "INVALID_PHONE", cn.gov.platform.kernel.Message.of(
                    "请输入有效的 11 位中国大陆手机号码。", "Enter a valid 11-digit mainland China mobile number.")));
        }
        if (faults.size() == 1) {
            DomainViolation.Fault f = faults.getFirst();
            throw DomainViolation.invalid(f.field(), f.code(), f.message());
        }
        if (!faults.isEmpty()) {
            throw new DomainViolation(DomainViolation.Kind.INVALID, "PERSON_INVALID", cn.gov.platform.kernel.Message.of(
                    "申请人信息有误，请逐项核对。", "The person's data is not valid; check each field."),
                    faults.getFirst().field(), faults);
        }
    }
}

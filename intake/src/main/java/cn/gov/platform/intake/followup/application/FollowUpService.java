package cn.gov.platform.intake.followup.application;

import cn.gov.platform.intake.cases.application.CaseQueries;
import cn.gov.platform.intake.cases.domain.CaseRecord;
import cn.gov.platform.intake.catalogue.application.CatalogueService;
import cn.gov.platform.intake.followup.domain.CaseReference;
import cn.gov.platform.intake.followup.domain.FollowUpKey;
import cn.gov.platform.intake.followup.domain.IdSuffix;
import cn.gov.platform.intake.followup.domain.Lockout;
import cn.gov.platform.intake.followup.domain.Progress;
import cn.gov.platform.intake.followup.domain.SuffixSeal;
import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.DivisionCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Following a case without logging in (issue 17, point 4).
 *
 * <p>By number and ID suffix: every failure (unknown number, wrong suffix, a case whose applicant has no
 * ID number on record, a case accepted before follow-up keys existed and not yet keyed) is the same 404
 * with the same body, after the same work: one read of the key by number, one seal and constant-time
 * comparison (against a decoy when there is no key), one read of a case by id (a case id that names no
 * case when there is no key). Wrong tries are counted per number; at the limit the number is locked for
 * the rest of the window (429), for the right suffix too.
 *
 * <p>By phone (an SMS "CX &lt;number&gt;"): the case's state only when the phone is the applicant's
 * phone on record at identity.
 */
public class FollowUpService {

    /** A case id in the right shape that no case has (ids are UUIDs drawn at random or from name hashes). */
    private static final String NO_CASE = "00000000-0000-0000-0000-000000000000";

    private final FollowUpKeys keys;
    private final FailedTries tries;
    private final CaseQueries cases;
    private final CatalogueService catalogue;
    private final Applicants applicants;
    private final SuffixSeal seal;
    private final Lockout lockout;
    private final MeterRegistry meters;
    private final Timer lookups;

    public FollowUpService(FollowUpKeys keys, FailedTries tries, CaseQueries cases, CatalogueService catalogue,
            Applicants applicants, SuffixSeal seal, Lockout lockout, MeterRegistry meters) {
        this.keys = keys;
        this.tries = tries;
        this.cases = cases;
        this.catalogue = catalogue;
        this.applicants = applicants;
        this.seal = seal;
        this.lockout = lockout;
        this.meters = meters;
        this.lookups = Timer.builder("intake.follow-up.lookup").description("Public follow-up lookups")
                .register(meters);
    }

    /** The number is locked: wait {@code retryAfter}. */
    public static final class Locked extends RuntimeException {
        private final Duration retryAfter;

        public Locked(Duration retryAfter) {
            super("follow-up locked");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The one answer to every failed lookup: the same code, message and field for every cause. */
    public static DomainViolation notFound() {
        return DomainViolation.notFound("FOLLOW_UP_NOT_FOUND", Message.of(
                "没有找到与该编号和身份证号码后 6 位相符的办件。请核对回执上的编号；办件受理后方可查询，企业办件或较早的办件请登录后在“我的办件”查看。",
                "No case matches this number and these last 6 characters of the ID number. Check the number on"
                        + " your receipt; a case can be followed once it is accepted, and an enterprise's or an older"
                        + " case after logging in, under My cases."));
    }

    public Progress lookup(String number, String idSuffix) {
        return lookups.record(() -> {
            CaseReference reference;
            IdSuffix suffix;
            try {
                reference = CaseReference.parse(number);
                suffix = IdSuffix.parse(idSuffix);
            } catch (DomainViolation invalid) {
                count("invalid");
                throw invalid;
            }
            Optional<FollowUpKey> key = keys.find(reference.value());
            byte[] stored = key.map(FollowUpKey::seal).orElse(null);
            boolean right = seal.matches(reference, suffix, stored == null ? new byte[0] : stored);
            // Read whether or not the suffix was right: a wrong suffix costs what a right one does.
            Optional<CaseRecord> found = cases.find(key.map(FollowUpKey::caseId).orElse(NO_CASE));
            boolean shown = right && found.isPresent();
            // One round trip to Redis on every path, after the comparison: the count is settled either way.
            FailedTries.Settled settled = tries.settle(reference.value(), !shown, lockout.maxFailures(), lockout.window());
            if (lockout.check(settled.before(), settled.remaining()) instanceof Lockout.Locked locked) {
                count("locked");
                throw new Locked(locked.retryAfter());
            }
            if (shown) {
                count("found");
                return progress(reference.value(), found.get());
            }
            if (lockout.locksNow(settled.after())) {
                meters.counter("intake.follow-up.lockouts").increment();
            }
            count("not-found");
            throw notFound();
        });
    }

    /**
     * The case's progress for an SMS from {@code phone}, only when that is the applicant's phone on
     * record; empty otherwise (no such number, someone else's case, no phone on record).
     */
    public Optional<Progress> forPhone(String number, String phone) {
        CaseReference reference;
        try {
            reference = CaseReference.parse(number);
        } catch (DomainViolation invalid) {
            meters.counter("intake.follow-up.sms", "outcome", "invalid").increment();
            return Optional.empty();
        }
        Optional<CaseRecord> found = keys.find(reference.value()).flatMap(k -> cases.find(k.caseId()));
        if (found.isEmpty()) {
            meters.counter("intake.follow-up.sms", "outcome", "not-found").increment();
            return Optional.empty();
        }
        Optional<String> onRecord = applicants.phoneOf(found.get().applicantSubject());
        boolean same = onRecord.isPresent() && MessageDigest.isEqual(onRecord.get().strip().getBytes(StandardCharsets.UTF_8),
                phone.strip().getBytes(StandardCharsets.UTF_8));
        meters.counter("intake.follow-up.sms", "outcome", same ? "found" : "other-phone").increment();
        return same ? Optional.of(progress(reference.value(), found.get())) : Optional.empty();
    }

    /**
     * Seals the applicant's ID suffix for a case that has been given its number (from the case events);
     * nothing when the number has its key already. Returns what was done.
     */
    public String register(String caseId, String number, String applicantSubject) {
        CaseReference reference = CaseReference.parse(number);
        if (keys.find(reference.value()).isPresent()) {
            return "KNOWN";
        }
        byte @Nullable [] sealed = applicants.idNumberOf(applicantSubject).flatMap(IdSuffix::of)
                .map(s -> seal.seal(reference, s)).orElse(null);
        boolean added = keys.add(new FollowUpKey(reference.value(), caseId, sealed));
        meters.counter("intake.follow-up.keys", "followable", String.valueOf(sealed != null)).increment();
        return added ? (sealed != null ? "SEALED" : "NO_ID_NUMBER") : "KNOWN";
    }

    private Progress progress(String number, CaseRecord c) {
        return Progress.of(number, c, divisionName(c));
    }

    private @Nullable String divisionName(CaseRecord c) {
        try {
            return catalogue.version(c.itemCode(), c.itemVersion())
                    .implementationAt(DivisionCode.of(c.actingDivision()), c.actingDepartment())
                    .map(cn.gov.platform.intake.catalogue.domain.Implementation::divisionName)
                    .orElse(null);
        } catch (DomainViolation unknown) {
            return null;
        }
    }

    private void count(String outcome) {
        meters.counter("intake.follow-up.lookups", "outcome", outcome).increment();
    }
}

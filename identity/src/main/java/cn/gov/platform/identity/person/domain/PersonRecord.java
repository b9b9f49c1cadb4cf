package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person served at a window without an account (issue 17, point 2): name and identity number as a
 * clerk checked them on the identity card in person, and a phone number if they gave one. Stored like a
 * person (the number sealed, found by its keyed fingerprint); cases filed for them name the record's
 * {@link #subject()}. The record becomes theirs when they register and are verified with the same
 * identity number: their account then sees those cases (see {@code PersonRecordService}).
 */
public record PersonRecord(String id, String name, ResidentIdNumber idNumber, @Nullable MobileNumber phone,
        String createdBy, Instant createdAt) {

    /** What a case's applicant subject starts with when the applicant is a person record, not an account. */
    public static final String SUBJECT_PREFIX = "record:";

    public PersonRecord {
        Objects.requireNonNull(id);
        name = PersonName.check(name, "person.name");
        Objects.requireNonNull(idNumber);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
    }

    public static PersonRecord create(String name, ResidentIdNumber idNumber, @Nullable MobileNumber phone,
            String createdBy, Instant at) {
        return new PersonRecord(UUID.randomUUID().toString(), name, idNumber, phone, createdBy, at);
    }

    /** The name as on the identity card, trimmed; an invalid one is refused naming {@code field}. */
    public static String checkName(String name, String field) {
        return PersonName.check(name, field);
    }

    public static boolean isRecordSubject(@Nullable String subject) {
        return subject != null && subject.startsWith(SUBJECT_PREFIX);
    }

    /** The subject cases of this person carry until their account takes them over. */
    public String subject() {
        return SUBJECT_PREFIX + id;
    }

    /** The same record with the phone number given at a later visit (a newer number replaces the older one). */
    public PersonRecord withPhone(@Nullable MobileNumber newPhone) {
        return newPhone == null ? this : new PersonRecord(id, name, idNumber, newPhone, createdBy, createdAt);
    }

    /** Whether {@code otherName} is the name on this record (the identity card's name, spaces ignored). */
    public boolean isNamed(String otherName) {
        return name.replace(" ", "").equals(otherName == null ? "" : otherName.trim().replace(" ", ""));
    }

    @Override
    public String toString() {
        return "PersonRecord[" + id + "]";
    }
}

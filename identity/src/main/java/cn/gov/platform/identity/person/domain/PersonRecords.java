package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.util.Optional;

/** Person records (issue 17, point 2); at most one per identity number. */
public interface PersonRecords {

    /** Stores a new record; when one with that identity number came first (a race), returns that one. */
    PersonRecord addOrExisting(PersonRecord record);

    void update(PersonRecord record);

    Optional<PersonRecord> byIdNumber(ResidentIdNumber idNumber);

    /** By the record's subject ({@code record:<id>}). */
    Optional<PersonRecord> bySubject(String subject);
}

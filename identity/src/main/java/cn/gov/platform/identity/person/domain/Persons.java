package cn.gov.platform.identity.person.domain;

import cn.gov.platform.kernel.identifiers.ResidentIdNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every person the platform knows, by subject or by identity number. */
public interface Persons {

    /** Adds a new person; fails with {@code ID_NUMBER_REGISTERED} if the identity number is already held. */
    void add(Person person);

    void update(Person person);

    /** Removes a person; used only to undo a registration that could not be completed. */
    void remove(String subject);

    Optional<Person> bySubject(String subject);

    Optional<Person> byIdNumber(ResidentIdNumber idNumber);

    /** The persons holding any of these identity numbers (none for a number nobody registered with). */
    default List<Person> byIdNumbers(Collection<ResidentIdNumber> idNumbers) {
        return idNumbers.stream().distinct().flatMap(n -> byIdNumber(n).stream()).toList();
    }

    Optional<Person> byUsername(String username);

    long count();
}

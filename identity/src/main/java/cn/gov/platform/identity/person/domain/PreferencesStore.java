package cn.gov.platform.identity.person.domain;

import java.util.Optional;

/** Each person's preferences, by subject; a person who never chose has none stored. */
public interface PreferencesStore {

    Optional<Preferences> find(String subject);

    void save(String subject, Preferences preferences);
}

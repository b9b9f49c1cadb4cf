package cn.gov.platform.notifications.messages.application;

import cn.gov.platform.notifications.messages.domain.Phone;

/** The recipient's phone number, asked of identity at send time and never stored. */
public interface Contacts {

    Lookup phoneOf(String subject);

    sealed interface Lookup {
    }

    record Found(Phone phone) implements Lookup {
    }

    /** Identity holds no (valid) number for the person: the inbox is all they get. */
    record NoPhone(String reason) implements Lookup {
    }

    /** Identity could not answer now; ask again later. */
    record Unavailable(String reason) implements Lookup {
    }
}

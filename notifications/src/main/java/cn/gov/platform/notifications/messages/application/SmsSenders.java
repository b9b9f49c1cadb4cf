package cn.gov.platform.notifications.messages.application;

import java.util.Optional;

/**
 * People who wrote to the platform's number and are owed a reply (issue 17): they may have no account,
 * so the reply's recipient is {@code sms-sender:<keyed hash of the number>} and the number itself is held
 * aside (Redis, for a few days) for the dispatcher, never in a message record or a log.
 */
public interface SmsSenders {

    String PREFIX = "sms-sender:";

    /** The recipient subject a reply to {@code phone} is addressed to; the same for the same number. */
    String subjectOf(String phone);

    /** Holds the number for the dispatcher. */
    void remember(String subject, String phone);

    /** The number, while it is held; empty once it has expired. */
    Optional<String> phoneOf(String subject);

    static boolean isSender(String subject) {
        return subject.startsWith(PREFIX);
    }
}

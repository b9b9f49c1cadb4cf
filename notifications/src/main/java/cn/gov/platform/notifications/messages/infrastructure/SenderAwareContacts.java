package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.application.HotlineCallers;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.messages.domain.Phone;

/**
 * Replies to someone who wrote to the platform go to the number they wrote from; a 12345 caller's answer to
 * the number intake holds for the ticket; everyone else's is identity's.
 */
class SenderAwareContacts implements Contacts {

    private final Contacts identity;
    private final SmsSenders senders;
    private final HotlineCallers callers;

    SenderAwareContacts(Contacts identity, SmsSenders senders, HotlineCallers callers) {
        this.identity = identity;
        this.senders = senders;
        this.callers = callers;
    }

    @Override
    public Lookup phoneOf(String subject) {
        if (HotlineCallers.isCaller(subject)) {
            return callers.phoneOf(subject.substring(HotlineCallers.PREFIX.length()));
        }
        if (!SmsSenders.isSender(subject)) {
            return identity.phoneOf(subject);
        }
        try {
            return senders.phoneOf(subject).filter(Phone::isValid).<Lookup>map(p -> new Found(new Phone(p)))
                    .orElse(new NoPhone("SENDER_EXPIRED"));
        } catch (RuntimeException redisDown) {
            return new Unavailable("REDIS_UNAVAILABLE");
        }
    }
}

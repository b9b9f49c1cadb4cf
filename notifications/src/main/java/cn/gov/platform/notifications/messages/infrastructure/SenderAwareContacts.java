package cn.gov.platform.notifications.messages.infrastructure;

import cn.gov.platform.notifications.messages.application.Contacts;
import cn.gov.platform.notifications.messages.application.SmsSenders;
import cn.gov.platform.notifications.messages.domain.Phone;

/** Replies to someone who wrote to the platform go to the number they wrote from; everyone else's is identity's. */
class SenderAwareContacts implements Contacts {

    private final Contacts identity;
    private final SmsSenders senders;

    SenderAwareContacts(Contacts identity, SmsSenders senders) {
        this.identity = identity;
        this.senders = senders;
    }

    @Override
    public Lookup phoneOf(String subject) {
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

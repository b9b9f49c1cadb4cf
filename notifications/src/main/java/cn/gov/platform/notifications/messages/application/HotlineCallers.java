package cn.gov.platform.notifications.messages.application;

/**
 * 12345 callers known by their phone only (issue 19, point 2): a message to {@code hotline-caller:<ticket
 * id>} goes to the number intake holds sealed for that ticket, asked for at send time and never stored here.
 */
public interface HotlineCallers {

    String PREFIX = "hotline-caller:";

    static boolean isCaller(String subject) {
        return subject.startsWith(PREFIX);
    }

    /** The caller's number for the ticket; a lookup result like identity's. */
    Contacts.Lookup phoneOf(String ticketId);
}

package cn.gov.platform.intake.supervision.application;

/**
 * Tells the relay of supervision's own events (ratings, complaints, warnings) that a document has
 * new events; only a hint, the document's {@code outboxPending} flag is the truth.
 */
public interface OutboxHints {

    void pending(String collection, String id);
}

package cn.gov.platform.intake.hotline.application;

/**
 * Keeps a caller's phone out of the store in the clear: a keyed hash to find their tickets by, and the
 * number sealed (encrypted) so that it can be opened only to send them the answer.
 */
public interface CallerPhones {

    /** The same for the same number; does not give the number back. */
    String key(String phone);

    String seal(String phone);

    String open(String sealed);
}

package cn.gov.platform.identity.person.domain;

/**
 * Protects personal data at rest (IDN-4): sealing is authenticated encryption, and the
 * fingerprint is a keyed hash that finds a record by identity number without decrypting any.
 */
public interface Sealer {

    String seal(String clear);

    /** Fails if the sealed text was altered or sealed under another key. */
    String open(String sealed);

    String fingerprint(String clear);
}

package cn.gov.platform.certificates.registry.domain;

/** Hands out serials per certificate-type prefix and year; uniqueness is finally guarded by the store. */
public interface NumberSequence {

    long next(String prefix, int year);

    /** Moves the sequence so that the next serial is above {@code used}; never moves it back. */
    void atLeast(String prefix, int year, long used);
}

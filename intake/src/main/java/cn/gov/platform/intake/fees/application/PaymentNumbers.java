package cn.gov.platform.intake.fees.application;

/** Serials for payment numbers per county and year, from a fast counter; the store's unique index guards them. */
public interface PaymentNumbers {

    long next(String county, int year);

    void atLeast(String county, int year, long floor);
}

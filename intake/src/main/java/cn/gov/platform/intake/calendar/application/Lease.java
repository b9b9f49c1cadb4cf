package cn.gov.platform.intake.calendar.application;

/**
 * A lease that lets one instance at a time work on recomputations. It expires by itself, so an
 * instance that dies holding it delays the work by one lease period at most.
 */
public interface Lease {

    /** Takes (or extends, when this instance holds it) the lease; false while another instance holds it. */
    boolean acquire();

    /** Gives it up if this instance holds it. */
    void release();
}

package cn.gov.platform.intake.fees.application;

import java.util.function.Supplier;

/** One reconciliation at a time across instances (a Redis lock). */
public interface ReconciliationLock {

    /** Runs {@code work} holding the lock, or answers {@code busy} while another instance holds it. */
    <T> T holding(Supplier<T> work, Supplier<T> busy);
}

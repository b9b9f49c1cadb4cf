package cn.gov.platform.intake.cases.application;

/** Runs the deemed-consent sweep now (the scheduler runs it every minute anyway); for operators and benchmarks. */
public interface DeemedConsentRounds {

    /** Sweeps until nothing more is due; returns the tasks this instance deemed approved. */
    int sweep();
}

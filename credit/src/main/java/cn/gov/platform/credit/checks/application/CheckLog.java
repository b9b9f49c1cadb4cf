package cn.gov.platform.credit.checks.application;

import cn.gov.platform.credit.checks.domain.CheckRecord;
import cn.gov.platform.credit.checks.domain.Feedback;
import java.util.Optional;

/** Where checks and feedback are kept. */
public interface CheckLog {

    /** Keeps a check durably; returns only once it is written (a 503 {@code PlatformException} otherwise). */
    void record(CheckRecord check);

    Optional<CheckRecord> check(String checkId);

    /** Adds feedback; false if one with the same id exists. */
    boolean addFeedback(Feedback feedback);

    Optional<Feedback> feedback(String id);
}

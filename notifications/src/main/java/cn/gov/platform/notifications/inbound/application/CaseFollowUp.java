package cn.gov.platform.notifications.inbound.application;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Intake's follow-up, asked for a case "for this phone" (the phone travels to intake only). */
public interface CaseFollowUp {

    /** The case's progress when {@code phone} is its applicant's phone on record; empty otherwise. */
    Optional<Progress> forPhone(String number, String phone);

    /** What intake answers; names in Chinese and English for the state, the catalogue's names otherwise. */
    record Progress(String number, String itemName, String stateZh, @Nullable LocalDate submittedOn,
            @Nullable LocalDate acceptedOn, @Nullable LocalDate decidedOn, @Nullable LocalDate dueOn,
            String departmentName) {
    }

    /** Intake (or its breaker) did not answer: the provider is told to retry the webhook. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}

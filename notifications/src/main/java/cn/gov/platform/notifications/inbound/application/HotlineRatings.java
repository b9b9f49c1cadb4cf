package cn.gov.platform.notifications.inbound.application;

import java.util.Optional;

/** Intake's 12345 hotline, asked to record a caller's rating by digit (the phone travels to intake only). */
public interface HotlineRatings {

    /**
     * Rates the newest answered, unrated ticket of the caller with this phone; empty when there is none.
     * Throws {@link CaseFollowUp.Unavailable} when intake does not answer (the provider retries).
     */
    Optional<Rated> rate(String phone, int score);

    record Rated(String ticketId, int score) {
    }
}

package cn.gov.platform.identity.person.domain;

import java.time.Instant;

/** Tells the gateway and every service to refuse an account's tokens issued up to a moment. */
public interface TokenRefusals {

    void refuseIssuedUntil(String subject, Instant at);
}

package cn.gov.platform.identity.mandate.domain;

/** How the villager's consent was given and recorded (INT-10). */
public enum ConsentMethod {
    /** In person at the service point; the agent attests it with a written statement. */
    IN_PERSON,
    /** The villager granted or confirmed it themselves, logged in to the app. */
    APP_CONFIRMATION
}

package cn.gov.platform.identity.mandate.domain;

/** Why a mandate check came out as it did; the codes other services see. */
public enum MandateReason {
    GRANTED, NO_MANDATE, AGENT_INACTIVE, REVOKED, PENDING_CONFIRMATION, NOT_YET_VALID, EXPIRED, ITEM_NOT_IN_SCOPE
}

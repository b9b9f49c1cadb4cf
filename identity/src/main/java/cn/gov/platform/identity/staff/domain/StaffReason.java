package cn.gov.platform.identity.staff.domain;

/** Why a staff authority check came out as it did; the codes other services see. */
public enum StaffReason {
    GRANTED, NO_POSITION, UNKNOWN_DIVISION, DEPARTMENT_MISMATCH, ROLE_NOT_HELD, DIVISION_OUT_OF_SCOPE
}

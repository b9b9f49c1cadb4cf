package cn.gov.platform.credit.common.domain;

/**
 * Whether a member of staff holds a realm role in a department at a division (IDN-3), as the
 * identity service knows it (the same check intake asks). When identity cannot answer, the adapter
 * throws (503 {@code IDENTITY_UNAVAILABLE}), never allows.
 */
public interface StaffAuthority {

    boolean holds(String staffSubject, String realmRole, String department, String division);
}

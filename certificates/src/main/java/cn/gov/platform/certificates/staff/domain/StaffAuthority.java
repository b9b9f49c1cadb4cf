package cn.gov.platform.certificates.staff.domain;

/**
 * Whether a member of staff holds a realm role in a department at a division (IDN-3), as the
 * identity service knows it. When identity cannot answer, the adapter throws (503), never allows.
 */
public interface StaffAuthority {

    boolean holds(String staffSubject, String realmRole, String department, String division);
}

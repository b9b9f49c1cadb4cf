package cn.gov.platform.intake.cases.application;

/**
 * Whether a member of staff holds a role in a department for cases of a division (IDN-3), as the
 * identity service knows it. When it cannot be asked, the adapter throws (503), never allows.
 */
public interface StaffAuthority {

    boolean holds(String staffSubject, String realmRole, String department, String division);
}

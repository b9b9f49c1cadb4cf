package cn.gov.platform.identity.enterprise.domain;

/**
 * In which capacity a person acts for an enterprise, the answer other services receive (issue 18):
 * the legal representative and administrators may do everything, including managing members;
 * filers file, supplement, withdraw and follow cases and see the wallet and credit; viewers see
 * cases, wallet and credit only.
 */
public enum ActingRole {
    REPRESENTATIVE, ADMINISTRATOR, FILER, VIEWER;

    /** Whether this role adds and removes members at all (which ones: {@link Enterprise#mayChange}). */
    public boolean managesMembers() {
        return this == REPRESENTATIVE || this == ADMINISTRATOR;
    }

    /** Whether this role files, supplements and withdraws for the enterprise. */
    public boolean files() {
        return this != VIEWER;
    }
}

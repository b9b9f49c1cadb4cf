package cn.gov.platform.intake.cases.domain;

/**
 * Where the check of a material stands. An upload is checked by the handler who reads it; a reference
 * or a record by the registry or department that holds it.
 */
public enum MaterialCheck {
    /** Uploaded, confirmed by the registry, or fetched from the department. */
    CHECKED("checked"),
    /** The registry or the department could not be reached yet: asked again before acceptance and every decision step. */
    PENDING("pending"),
    /** A national certificate this registry does not hold: staff check it at the window. */
    STAFF_CHECK("staffCheck"),
    /** The registry or department answered against it: the material counts as missing. */
    REFUSED("refused");

    private final String viewName;

    MaterialCheck(String viewName) {
        this.viewName = viewName;
    }

    /** The name in the case view. */
    public String viewName() {
        return viewName;
    }

    static MaterialCheck of(ReferenceResolution resolution) {
        return switch (resolution) {
            case VALID -> CHECKED;
            case NOT_THIS_REGISTRY -> STAFF_CHECK;
            case UNAVAILABLE -> PENDING;
            case INVALID, UNKNOWN -> REFUSED;
        };
    }
}

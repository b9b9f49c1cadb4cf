package cn.gov.platform.intake.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whom a yellow or red item is told to (issue 17, point 5; SUP-1): the member of staff holding it (the
 * handler who accepted a case holds the case and its handler's step; otherwise everyone of the role
 * whose step it is in the department), the department's head, and for a red item the supervisors whose
 * subtree holds the division.
 */
public final class WarningAudience {

    /** Why a member of staff is told; the first of these a person falls under is the one they are told as. */
    public enum Audience {
        HOLDER, HEAD, SUPERVISOR
    }

    /**
     * One group to tell: the person named by {@code subject}, or everyone holding {@code role} for
     * {@code division} (in {@code department} when named; a supervisor in any department).
     */
    public record Group(Audience audience, @Nullable String subject, @Nullable String role,
            @Nullable String department, String division) {
    }

    private WarningAudience() {
    }

    public static List<Group> of(OpenItem item, Light light) {
        List<Group> groups = new ArrayList<>();
        groups.add(item.holderSubject() != null
                ? new Group(Audience.HOLDER, item.holderSubject(), null, null, item.division())
                : new Group(Audience.HOLDER, null, holderRole(item), item.department(), item.division()));
        groups.add(new Group(Audience.HEAD, null, "head", item.department(), item.division()));
        if (light == Light.RED) {
            groups.add(new Group(Audience.SUPERVISOR, null, "supervisor", null, item.division()));
        }
        return groups;
    }

    /** The staff role that acts on an item nobody in particular holds. */
    static String holderRole(OpenItem item) {
        return switch (item.kind()) {
            case ACCEPTANCE, CASE, FOLLOW_UP, COMPLAINT, PETITION, HOTLINE -> "clerk";
            case TASK -> "approver";
            case STEP -> switch (item.step() == null ? "HANDLER" : item.step()) {
                case "REVIEWER" -> "reviewer";
                case "APPROVER" -> "approver";
                default -> "clerk";
            };
        };
    }
}

package cn.gov.platform.identity.staff.domain;

import cn.gov.platform.identity.division.domain.DivisionTree;
import java.util.Comparator;
import java.util.List;

/** The answer to a staff authority check, decided over all the staff member's positions. */
public record StaffDecision(boolean allowed, StaffReason reason) {

    public static StaffDecision decide(List<StaffPosition> positions, StaffRequest request, DivisionTree tree) {
        if (!tree.contains(request.division())) {
            return new StaffDecision(false, StaffReason.UNKNOWN_DIVISION);
        }
        if (positions.isEmpty()) {
            return new StaffDecision(false, StaffReason.NO_POSITION);
        }
        // Granted by any position; otherwise say why the closest position fell short.
        return positions.stream()
                .map(p -> outcome(p, request, tree))
                .max(Comparator.comparingInt(Outcome::passed))
                .map(o -> new StaffDecision(o.reason() == StaffReason.GRANTED, o.reason()))
                .orElseThrow();
    }

    private static Outcome outcome(StaffPosition position, StaffRequest request, DivisionTree tree) {
        int passed = 0;
        for (StaffRule rule : StaffRule.ALL) {
            var refusal = rule.refuse(position, request, tree);
            if (refusal.isPresent()) {
                return new Outcome(passed, refusal.get());
            }
            passed++;
        }
        return new Outcome(passed, StaffReason.GRANTED);
    }

    private record Outcome(int passed, StaffReason reason) {
    }
}

package cn.gov.platform.intake.supervision.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Who holds a staff role where (identity's staff positions, IDN-3): whom deadline warnings reach. */
public interface StaffDirectory {

    /**
     * The members of staff holding {@code role} for {@code division} (at it or above it), in
     * {@code department} when named.
     *
     * @throws Unavailable when identity cannot answer now (the warning waits for the next round)
     */
    List<String> holders(String role, @Nullable String department, String division);

    /** Identity did not answer. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}

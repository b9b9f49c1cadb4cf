package cn.gov.platform.intake.supervision.infrastructure;

import cn.gov.platform.intake.supervision.application.StaffDirectory;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/** Asks identity behind its own breaker ({@code identity-staff-directory}); any failure is {@link Unavailable}. */
class IdentityStaffDirectory implements StaffDirectory {

    private final StaffDirectoryClient client;
    private final CircuitBreaker breaker;

    IdentityStaffDirectory(StaffDirectoryClient client, CircuitBreakerFactory<?, ?> breakers) {
        this.client = client;
        this.breaker = breakers.create("identity-staff-directory");
    }

    @Override
    public List<String> holders(String role, @Nullable String department, String division) {
        StaffDirectoryClient.Holders answer = breaker.run(() -> client.holders(role, department, division), failure -> {
            throw new Unavailable("identity did not name the holders of " + role + " at " + division, failure);
        });
        return answer == null || answer.staff() == null ? List.of() : List.copyOf(answer.staff());
    }
}

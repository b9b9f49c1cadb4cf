package cn.gov.platform.intake.fees.application;

import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bank's collection service (银行代收): {@code POST {provider}/v1/collections} opens a collection for a
 * notice and answers the page where the payer pays; {@code GET {provider}/v1/statements/{date}} is the day's
 * statement. Behind breaker {@code payment-provider}: an unreachable provider answers empty, never a guess.
 */
public interface PaymentProvider {

    /** The provider's name in callback addresses ({@code /payments/callbacks/{name}}). */
    String name();

    /** Opens (or finds again) the collection for a notice: the payer's page, or empty while unreachable. */
    Optional<String> open(NoticeSnapshot notice);

    /** The day's statement, or empty while unreachable. */
    Optional<List<StatementLine>> statement(LocalDate day);

    /** One payment in a statement. {@code kind}: PAYMENT or REFUND. */
    record StatementLine(String paymentNumber, String amountYuan, @Nullable String reference, String kind,
            @Nullable Instant at) {
    }
}

package cn.gov.platform.intake.fees.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Payments a statement shows for a number the platform never issued (paid-but-unknown), kept for supervision. */
public interface UnknownPayments {

    record Unknown(String paymentNumber, long amountFen, @Nullable String reference, LocalDate statementDay,
            Instant foundAt) {
    }

    /** Records one, once per payment number and reference. */
    void record(Unknown unknown);

    List<Unknown> between(LocalDate from, LocalDate to);
}

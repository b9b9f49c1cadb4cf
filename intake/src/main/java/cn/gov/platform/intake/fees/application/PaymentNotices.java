package cn.gov.platform.intake.fees.application;

import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.PaymentNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where payment notices are kept: one document per case, its outbox inside. */
public interface PaymentNotices {

    /** Stores a new notice; false when the case has one already. Throws {@link NumberTaken} on a used number. */
    boolean insert(PaymentNotice notice);

    /** Stores a changed notice if nobody changed it since it was read (compare-and-set on the version). */
    boolean save(PaymentNotice notice);

    Optional<NoticeSnapshot> ofCase(String caseId);

    Optional<NoticeSnapshot> byNumber(String paymentNumber);

    /** Notices of divisions starting with {@code divisionPrefix} that may count between the two dates. */
    List<NoticeSnapshot> within(String divisionPrefix, LocalDate from, LocalDate to);

    /** The highest serial used for a county and year (to move the counter past it after a reset). */
    long highestSerial(String county, int year);

    /** The payment number was used already (the counter was reset). */
    final class NumberTaken extends RuntimeException {
        public NumberTaken() {
            super("payment number taken", null, false, false);
        }
    }
}

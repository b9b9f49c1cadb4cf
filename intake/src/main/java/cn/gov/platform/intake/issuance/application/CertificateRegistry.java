package cn.gov.platform.intake.issuance.application;

import cn.gov.platform.intake.issuance.domain.Issuance;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The certificate registry (the certificates service), as issuance and staff need it. */
public interface CertificateRegistry {

    /** Issues, idempotently per case number: a retry answers with the certificate already issued. */
    Outcome issue(Request request);

    /** The names of the fields a certificate type declares. */
    Set<String> fieldsOf(String typeCode);

    /** A certificate the holder shared with {@code department}; the registry logs the use for the holder. */
    Shared fetchShared(String number, String department);

    /** What to issue. */
    record Request(String caseNumber, String typeCode, String holderSubject, String holderKind, String holderName,
            @Nullable String idHash, @Nullable String creditCode, String issuingDepartment, String issuingDivision, Map<String, String> fields,
            LocalDate validFrom) {
    }

    /** The registry's answer. */
    sealed interface Outcome permits Issued, Refused {
    }

    /** Issued (or issued before, for a retry). */
    record Issued(String number) implements Outcome {
    }

    /** Refused for a reason only new data can change. */
    record Refused(Issuance.Problem problem) implements Outcome {
    }

    /**
     * The shared certificate's data as the registry returns it, with what staff judge it by: whose it is
     * ({@code holderKind} {@code person} or {@code enterprise}), who issued it (department and division) and
     * from when to when it is valid.
     */
    record Shared(String number, String typeCode, String status, String holderName, String holderKind,
            Map<String, String> fields, String issuingDepartment, String issuingDivision, LocalDate validFrom,
            @Nullable LocalDate validUntil, String purpose, LocalDate sharedUntil) {
    }

    /** The registry could not be reached or failed; the step can be tried again later. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** The holder has not shared the certificate with the department (or it does not exist). */
    final class NotShared extends RuntimeException {
        public NotShared() {
            super("not shared");
        }
    }
}

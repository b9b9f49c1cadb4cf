package cn.gov.platform.support.acting;

import cn.gov.platform.kernel.DomainViolation;
import cn.gov.platform.kernel.Message;
import cn.gov.platform.kernel.identifiers.UnifiedSocialCreditCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The enterprise a caller acts for, as the {@code X-Acting-For} header names it by its unified
 * social credit code. No header (or an empty one) means the caller acts for themself; a malformed
 * code is a 400 naming the header.
 */
public final class ActingFor {

    public static final String HEADER = "X-Acting-For";

    private ActingFor() {
    }

    public static Optional<UnifiedSocialCreditCode> parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UnifiedSocialCreditCode.parse(header, HEADER));
        } catch (DomainViolation e) {
            throw DomainViolation.invalid(HEADER, UnifiedSocialCreditCode.INVALID, Message.of(
                    "X-Acting-For 应为所代表企业的统一社会信用代码（18 位）。",
                    "X-Acting-For must be the 18-character unified social credit code of the enterprise you act for."));
        }
    }
}

package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;

/** One entry of the published fee catalogue (收费目录): no item may charge anything else (CAT-1, SUP-3). */
public record Fee(String code, String name, BigDecimal amountYuan, String legalBasis) {

    public Fee {
        if (amountYuan == null || amountYuan.signum() < 0) {
            throw DomainViolation.invalid("fees.amount", "INVALID_FEE", "收费金额不能为负。", "A fee cannot be negative.");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw DomainViolation.invalid("fees.legalBasis", "FEE_WITHOUT_BASIS",
                    "收费必须有法律依据。", "A fee needs a legal basis.");
        }
    }
}

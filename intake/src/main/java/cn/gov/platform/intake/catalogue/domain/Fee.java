package cn.gov.platform.intake.catalogue.domain;

import cn.gov.platform.kernel.DomainViolation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the published fee catalogue (收费目录): no item may charge anything else (CAT-1, SUP-3). The name and
 * legal basis are in Chinese; {@code nameEn} and {@code legalBasisEn} are absent in a fee stored before issue 20 (which
 * named a fee "中文 | English" in one string, see {@link #fromOneString}), and {@link #englishName()} and
 * {@link #englishLegalBasis()} are what a reader sees.
 */
public record Fee(String code, String name, BigDecimal amountYuan, String legalBasis, @Nullable String nameEn,
        @Nullable String legalBasisEn) {

    /** A fee named in Chinese only. */
    public Fee(String code, String name, BigDecimal amountYuan, String legalBasis) {
        this(code, name, amountYuan, legalBasis, null, null);
    }

    public Fee {
        if (amountYuan == null || amountYuan.signum() < 0) {
            throw DomainViolation.invalid("fees.amount", "INVALID_FEE", "收费金额不能为负。", "A fee cannot be negative.");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw DomainViolation.invalid("fees.legalBasis", "FEE_WITHOUT_BASIS",
                    "收费必须有法律依据。", "A fee needs a legal basis.");
        }
    }

    /**
     * The fee as a reader sees it when it was stored with its name in one string, "不收费 | free of charge" (fees.json
     * before issue 20): the Chinese and the English name apart. A fee with an English name, or a name without a bar,
     * is returned as it is.
     */
    public Fee fromOneString() {
        int bar = name.indexOf('|');
        if (nameEn != null || bar < 0) {
            return this;
        }
        return new Fee(code, name.substring(0, bar).strip(), amountYuan, legalBasis, name.substring(bar + 1).strip(),
                legalBasisEn);
    }

    public String englishName() {
        return ServiceItem.englishOr(nameEn, name);
    }

    public String englishLegalBasis() {
        return ServiceItem.englishOr(legalBasisEn, legalBasis);
    }
}

package cn.gov.platform.intake.fees.application;

import cn.gov.platform.intake.fees.domain.NoticeSnapshot;

/** The electronic receipt (电子缴款凭证) of a paid notice, as a PDF. */
public interface ReceiptPrinter {

    byte[] print(NoticeSnapshot paid);
}

package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.PrintedDocument;

/** Draws a case's document as a PDF (issue 17, point 3). */
public interface DocumentPrinter {

    byte[] print(PrintedDocument document);
}

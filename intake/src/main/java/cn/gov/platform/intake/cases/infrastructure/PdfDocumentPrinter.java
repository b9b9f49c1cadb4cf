package cn.gov.platform.intake.cases.infrastructure;

import cn.gov.platform.intake.cases.application.DocumentPrinter;
import cn.gov.platform.intake.cases.domain.PrintedDocument;
import cn.gov.platform.pdfkit.CjkFont;
import cn.gov.platform.pdfkit.PageWriter;
import cn.gov.platform.pdfkit.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * An A4 page per document with the shared {@code pdfkit} (the certificates' CJK font, rows and QR codes):
 * title in both languages, the document's number, its rows, and for the receipt and the notices a QR code
 * of the case's public follow-up address. Without a CJK font the page carries the English labels only.
 */
class PdfDocumentPrinter implements DocumentPrinter {

    private final CjkFont cjk;

    PdfDocumentPrinter(List<Path> fontCandidates) {
        this.cjk = new CjkFont(fontCandidates);
    }

    @Override
    public byte[] print(PrintedDocument d) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = cjk.load(document);
            boolean chinese = cjk.rendersChinese();
            document.getDocumentInformation().setTitle(d.kind().titleEn() + " " + d.number());
            document.getDocumentInformation().setCreator("gov-platform intake");
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                PageWriter w = new PageWriter(out, font, chinese);
                w.line(72, top, 20, chinese ? d.title() : d.kind().titleEn());
                if (chinese) {
                    w.line(72, top - 22, 11, d.kind().titleEn());
                }
                float y = w.row(top - 56, 200, 220, "文书编号", "Document number", d.number());
                for (PrintedDocument.Row row : d.rows()) {
                    y = w.row(y, 200, d.qrText() == null ? 90 : 220, row.label(), row.labelEn(), row.value());
                }
                if (d.qrText() != null) {
                    out.drawImage(LosslessFactory.createFromImage(document, QrCodes.image(d.qrText())),
                            width - 72 - 130, 72, 130, 130);
                    w.line(width - 72 - 130, 60, 8, chinese ? "扫码查询办件 / Scan to follow" : "Scan to follow the case");
                }
                w.line(72, 44, 8, chinese ? "可在线核验：文书编号及 SHA-256 | Verify online with the number and the SHA-256"
                        : "Verify online with the document number and its SHA-256");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the document PDF", e);
        }
    }
}

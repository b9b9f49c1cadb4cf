package cn.gov.platform.certificates.wallet.infrastructure;

import cn.gov.platform.certificates.wallet.domain.CertificatePrinter;
import cn.gov.platform.certificates.wallet.domain.PrintedCertificate;
import cn.gov.platform.pdfkit.CjkFont;
import cn.gov.platform.pdfkit.PageWriter;
import cn.gov.platform.pdfkit.QrCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An A4 PDF with the certificate's data and a QR code that opens public verification. The CJK font,
 * the rows and the QR code are the shared {@code pdfkit}'s (intake prints its receipts with the same):
 * without a font, the page falls back to English labels, marks characters it cannot draw, and says so
 * on the page, rather than failing.
 */
public final class PdfCertificatePrinter implements CertificatePrinter {

    private final CjkFont cjk;

    public PdfCertificatePrinter(List<Path> fontCandidates) {
        this.cjk = new CjkFont(fontCandidates);
    }

    public boolean rendersChinese() {
        return cjk.rendersChinese();
    }

    @Override
    public byte[] print(PrintedCertificate c) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = cjk.load(document);
            boolean chinese = cjk.rendersChinese();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(c.titleEn() + " " + c.number());
            info.setCreator("gov-platform certificates");
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrCodes.image(c.qrText()));
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                PageWriter w = new PageWriter(out, font, chinese);
                w.line(72, top, 20, chinese ? c.title() : c.titleEn());
                if (chinese) {
                    w.line(72, top - 22, 11, c.titleEn());
                }
                float y = top - 56;
                y = w.row(y, 200, 220, "证照编号", "Number", c.number());
                y = w.row(y, 200, 220, "持证主体", "Holder", c.holderName());
                for (PrintedCertificate.Line line : c.lines()) {
                    y = w.row(y, 200, 220, line.label(), line.labelEn(), line.value());
                }
                y = w.row(y, 200, 220, "有效期", "Valid", c.validity());
                y = w.row(y, 200, 220, "发证机关", "Issued by", c.issuer());
                y = w.row(y, 200, 220, "发证时间", "Issued at", c.issuedAt());
                y = w.row(y, 200, 220, "签名密钥", "Signing key", c.keyId());
                out.drawImage(qr, width - 72 - 130, 72, 130, 130);
                w.line(width - 72 - 130, 60, 8, chinese ? "扫码核验 / Scan to verify" : "Scan to verify");
                if (!chinese) {
                    w.line(72, 60, 8, "Chinese text could not be drawn (no CJK font on this server); scan the code for the data.");
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the certificate PDF", e);
        }
    }
}

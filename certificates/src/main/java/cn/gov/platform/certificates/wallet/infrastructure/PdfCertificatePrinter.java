package cn.gov.platform.certificates.wallet.infrastructure;

import cn.gov.platform.certificates.wallet.domain.CertificatePrinter;
import cn.gov.platform.certificates.wallet.domain.PrintedCertificate;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An A4 PDF with the certificate's data and a QR code that opens public verification. Chinese
 * needs a CJK font, which no PDF library ships: the first configured font file that exists is
 * embedded (subset); without one, the page falls back to English labels and marks characters it
 * cannot draw, and says so on the page, rather than failing.
 */
public final class PdfCertificatePrinter implements CertificatePrinter {

    private static final Logger log = LoggerFactory.getLogger(PdfCertificatePrinter.class);
    private final @Nullable Path fontFile;

    public PdfCertificatePrinter(List<Path> fontCandidates) {
        this.fontFile = fontCandidates.stream().filter(Files::isReadable).findFirst().orElse(null);
        if (fontFile == null) {
            log.warn("No CJK font found among {}; certificate PDFs will use English labels only", fontCandidates);
        }
    }

    public boolean rendersChinese() {
        return fontFile != null;
    }

    @Override
    public byte[] print(PrintedCertificate c) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = font(document);
            boolean chinese = fontFile != null;
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(c.titleEn() + " " + c.number());
            info.setCreator("gov-platform certificates");
            PDImageXObject qr = LosslessFactory.createFromImage(document, qr(c.qrText()));
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Writer w = new Writer(out, font, chinese);
                w.line(72, top, 20, chinese ? c.title() : c.titleEn());
                if (chinese) {
                    w.line(72, top - 22, 11, c.titleEn());
                }
                float y = top - 56;
                y = w.row(y, "证照编号", "Number", c.number());
                y = w.row(y, "持证主体", "Holder", c.holderName());
                for (PrintedCertificate.Line line : c.lines()) {
                    y = w.row(y, line.label(), line.labelEn(), line.value());
                }
                y = w.row(y, "有效期", "Valid", c.validity());
                y = w.row(y, "发证机关", "Issued by", c.issuer());
                y = w.row(y, "发证时间", "Issued at", c.issuedAt());
                y = w.row(y, "签名密钥", "Signing key", c.keyId());
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

    private PDFont font(PDDocument document) throws IOException {
        if (fontFile == null) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        if (fontFile.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            // The collection is kept open for the document's life: the subset is written on save.
            TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            return PDType0Font.load(document, first.get(), true);
        }
        return PDType0Font.load(document, fontFile.toFile());
    }

    static BufferedImage qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 400, 400,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("The QR text does not fit a QR code", e);
        }
    }

    /** Writes lines, replacing what the font cannot draw instead of failing on it. */
    private record Writer(PDPageContentStream out, PDFont font, boolean chinese) {

        void line(float x, float y, float size, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(drawable(text));
            out.endText();
        }

        float row(float y, String label, String labelEn, String value) throws IOException {
            line(72, y, 10, chinese ? label + " " + labelEn : labelEn);
            // Long values wrap at a fixed width: certificates' fields are short, scopes are not.
            int perLine = chinese ? 30 : 60;
            float current = y;
            for (int start = 0; start < value.length(); start += perLine) {
                line(200, current, 10, value.substring(start, Math.min(value.length(), start + perLine)));
                current -= 14;
                if (current < 220) {
                    break;
                }
            }
            return Math.min(current, y - 14) - 4;
        }

        private String drawable(String text) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                out.append(canDraw(ch) ? ch : "?");
            });
            return out.toString();
        }

        private boolean canDraw(String ch) {
            try {
                font.encode(ch);
                return ch.codePointAt(0) >= 0x20;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}

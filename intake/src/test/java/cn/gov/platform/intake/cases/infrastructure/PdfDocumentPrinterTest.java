package cn.gov.platform.intake.cases.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.intake.cases.domain.DocumentKind;
import cn.gov.platform.intake.cases.domain.PrintedDocument;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The documents drawn with the shared pdfkit: Chinese in the CJK font, English without one. */
class PdfDocumentPrinterTest {

    static final PrintedDocument RECEIPT = new PrintedDocument(DocumentKind.RECEIPT, "SLHZ-640324-2026-0000017",
            "640324-2026-0000017", List.of(new PrintedDocument.Row("事项", "Item", "食品经营许可"),
                    new PrintedDocument.Row("承诺办结日期", "Promised by", "2026-02-24")),
            "https://portal.example/#/follow?number=640324-2026-0000017");

    @Test
    void withTheCjkFontTheReceiptIsDrawnInChineseWithItsNumber() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Assumptions.assumeTrue(font.toFile().canRead(), "needs Debian's fonts-wqy-microhei");

        byte[] pdf = new PdfDocumentPrinter(List.of(Path.of("/nonexistent.ttf"), font)).print(RECEIPT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("受理回执", "SLHZ-640324-2026-0000017", "食品经营许可", "2026-02-24");
        }
    }

    @Test
    void withoutAFontThePageCarriesTheEnglishLabelsRatherThanFailing() throws Exception {
        byte[] pdf = new PdfDocumentPrinter(List.of()).print(RECEIPT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Acceptance receipt", "Promised by",
                    "2026-02-24");
        }
    }

    @Test
    void theReceiptsQrCodeOpensThePublicFollowUpOfTheCase() throws Exception {
        byte[] pdf = new PdfDocumentPrinter(List.of()).print(RECEIPT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // As a printer or a phone's camera sees it (at 150 dpi the 400-pixel code resamples into a blur).
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertThat(decoded).isEqualTo("https://portal.example/#/follow?number=640324-2026-0000017");
        }
    }
}

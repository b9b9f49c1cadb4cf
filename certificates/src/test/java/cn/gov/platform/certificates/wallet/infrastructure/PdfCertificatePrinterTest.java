package cn.gov.platform.certificates.wallet.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.platform.certificates.wallet.domain.PrintedCertificate;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfCertificatePrinterTest {

    private static final String QR = "http://localhost:8080/api/certificates/verify?qr=C1.JY-2026-640324-000001.abc";
    private static final PrintedCertificate CERTIFICATE = new PrintedCertificate("食品经营许可证",
            "Food operation permit", "JY-2026-640324-000001", "同心县清真食品有限公司",
            List.of(new PrintedCertificate.Line("经营场所", "Premises", "同心县豫海镇长征路 12 号")),
            "county-market-regulation (640324000000)", "2026-01-05 — 2031-01-04", "2026-01-05T02:00:00Z",
            "sm2-20260105-abcd", QR);

    @Test
    void aPdfWithAQrCodeThatOpensVerification() throws Exception {
        byte[] pdf = new PdfCertificatePrinter(List.of()).print(CERTIFICATE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("JY-2026-640324-000001", "Food operation permit", "Premises",
                    "no CJK font");
            assertThat(decodeQr(new PDFRenderer(document).renderImageWithDPI(0, 150))).isEqualTo(QR);
        }
    }

    @Test
    void withACjkFontTheChineseIsDrawn() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Assumptions.assumeTrue(font.toFile().canRead(), "needs Debian's fonts-wqy-microhei");
        PdfCertificatePrinter printer = new PdfCertificatePrinter(List.of(Path.of("/nonexistent.ttf"), font));

        try (PDDocument document = Loader.loadPDF(printer.print(CERTIFICATE))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(printer.rendersChinese()).isTrue();
            assertThat(text).contains("食品经营许可证", "同心县豫海镇长征路 12 号", "同心县清真食品有限公司")
                    .doesNotContain("no CJK font");
        }
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}

package cn.gov.platform.intake.fees.infrastructure;

import cn.gov.platform.intake.fees.application.ReceiptPrinter;
import cn.gov.platform.intake.fees.domain.NoticeSnapshot;
import cn.gov.platform.intake.fees.domain.Yuan;
import cn.gov.platform.kernel.ChinaTime;
import cn.gov.platform.pdfkit.CjkFont;
import cn.gov.platform.pdfkit.PageWriter;
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

/** The electronic receipt (电子缴款凭证) on an A4 page with the shared {@code pdfkit} (CJK font and rows). */
class PdfReceiptPrinter implements ReceiptPrinter {

    private final CjkFont cjk;

    PdfReceiptPrinter(List<Path> fontCandidates) {
        this.cjk = new CjkFont(fontCandidates);
    }

    @Override
    public byte[] print(NoticeSnapshot n) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = cjk.load(document);
            boolean chinese = cjk.rendersChinese();
            document.getDocumentInformation().setTitle("Payment receipt " + n.paymentNumber());
            document.getDocumentInformation().setCreator("gov-platform intake");
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                PageWriter w = new PageWriter(out, font, chinese);
                w.line(72, top, 20, chinese ? "电子缴款凭证" : "Electronic payment receipt");
                if (chinese) {
                    w.line(72, top - 22, 11, "Electronic payment receipt");
                }
                float y = w.row(top - 56, 200, 90, "缴款编号", "Payment number", n.paymentNumber());
                y = w.row(y, 200, 90, "受理编号", "Case number", n.caseNumber());
                y = w.row(y, 200, 90, "事项", "Item", n.itemName());
                y = w.row(y, 200, 90, "执收单位", "Collected for", n.departmentName());
                for (NoticeSnapshot.Line stored : n.lines()) {
                    NoticeSnapshot.Line line = stored.readable();
                    String fee = chinese ? line.name() + " | " + line.nameEn() : String.valueOf(line.nameEn());
                    y = w.row(y, 200, 90, "收费项目", "Fee", fee + "  ¥" + Yuan.format(line.amountFen()));
                    y = w.row(y, 200, 90, "收费依据", "Legal basis", chinese ? line.legalBasis()
                            : String.valueOf(line.legalBasisEn()));
                }
                y = w.row(y, 200, 90, "合计", "Total", "¥" + Yuan.format(n.totalFen()));
                y = w.row(y, 200, 90, "缴费时间", "Paid at", n.paidAt() == null ? ""
                        : ChinaTime.dateOf(n.paidAt()) + " " + n.paidAt().atZone(ChinaTime.ZONE).toLocalTime()
                                .withNano(0));
                w.row(y, 200, 90, "银行流水号", "Bank reference", n.providerReference() == null ? ""
                        : n.providerReference());
                w.line(72, 44, 8, chinese ? "本凭证由统一收费系统生成 | Issued by the one-window fee system"
                        : "Issued by the one-window fee system");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the receipt PDF", e);
        }
    }
}

package cn.gov.platform.pdfkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CJK font of a printer: the first configured font file that exists, embedded as a subset. No PDF
 * library ships one; without any, pages fall back to Helvetica (English only) rather than failing.
 */
public final class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);
    private final @Nullable Path file;

    public CjkFont(List<Path> candidates) {
        this.file = candidates.stream().filter(Files::isReadable).findFirst().orElse(null);
        if (file == null) {
            log.warn("No CJK font found among {}; PDFs will use English labels only", candidates);
        }
    }

    /** Whether Chinese can be drawn (a font file was found). */
    public boolean rendersChinese() {
        return file != null;
    }

    /** The font loaded into {@code document} (a collection stays open for the document's life: the subset is written on save). */
    public PDFont load(PDDocument document) throws IOException {
        if (file == null) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            return PDType0Font.load(document, first.get(), true);
        }
        return PDType0Font.load(document, file.toFile());
    }
}

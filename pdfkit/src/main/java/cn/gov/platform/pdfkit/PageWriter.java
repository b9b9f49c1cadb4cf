package cn.gov.platform.pdfkit;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes lines and label/value rows on a page, replacing what the font cannot draw with "?" instead of
 * failing on it. {@code chinese}: the font draws Chinese (else rows show their English labels only).
 */
public record PageWriter(PDPageContentStream out, PDFont font, boolean chinese) {

    public void line(float x, float y, float size, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(drawable(text));
        out.endText();
    }

    /**
     * A label (Chinese and English, or English only) at the left margin and its value at {@code valueX},
     * wrapped at a fixed width, never below {@code bottom}; answers where the next row starts.
     */
    public float row(float y, float valueX, float bottom, String label, String labelEn, String value)
            throws IOException {
        line(72, y, 10, chinese ? label + " " + labelEn : labelEn);
        int perLine = chinese ? 30 : 60;
        float current = y;
        for (int start = 0; start < value.length(); start += perLine) {
            line(valueX, current, 10, value.substring(start, Math.min(value.length(), start + perLine)));
            current -= 14;
            if (current < bottom) {
                break;
            }
        }
        return Math.min(current, y - 14) - 4;
    }

    private String drawable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            result.append(canDraw(ch) ? ch : "?");
        });
        return result.toString();
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

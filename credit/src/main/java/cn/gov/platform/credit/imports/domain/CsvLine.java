package cn.gov.platform.credit.imports.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record per line (RFC 4180 quoting: double quotes, doubled quotes inside; a quoted
 * field cannot span lines in imports, which keeps the reader streaming and row numbers exact).
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = line.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed on its line");
        }
        fields.add(field.toString());
        return fields;
    }
}

package cn.gov.platform.notifications.inbound.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text sent to the platform's number asks: {@code CX <case number>} (查询), read tolerantly: any
 * case, full-width letters, digits and spaces (a phone's Chinese keyboard sends those), spaces or none
 * between CX and the number, around it, or a colon after CX; or a single digit 1 to 5, a 12345 caller
 * rating the answer they were sent (issue 19). Anything else is {@link Unknown} and gets the help text.
 */
public sealed interface InboundText {

    /** "CX 640324-2026-0000123": the state of that case. */
    record CaseQuery(String number) implements InboundText {
    }

    /** "4": the sender rates the 12345 hotline's latest answer to them (1 to 5). */
    record Rating(int score) implements InboundText {
    }

    /** Anything else. */
    record Unknown() implements InboundText {
    }

    Pattern QUERY = Pattern.compile("CX\\s*[:：]?\\s*(\\d{6}-\\d{4}-(?:\\d{7}|N\\d{6}))");
    Pattern RATING = Pattern.compile("[1-5]");

    static InboundText parse(String text) {
        if (text == null) {
            return new Unknown();
        }
        // NFKC turns full-width letters, digits, hyphens and the ideographic space into their ASCII forms.
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ')
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-").strip().toUpperCase(Locale.ROOT);
        if (RATING.matcher(plain).matches()) {
            return new Rating(plain.charAt(0) - '0');
        }
        Matcher m = QUERY.matcher(plain);
        return m.matches() ? new CaseQuery(m.group(1)) : new Unknown();
    }
}

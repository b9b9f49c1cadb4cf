package cn.gov.platform.kernel.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The public holidays of all citizens under 全国年节及纪念日放假办法 (as amended in 2024), article 2.
 * A published year may name only these; the names come from here, never from the publisher's text.
 */
public enum Holiday {

    NEW_YEAR("元旦", "New Year's Day"),
    SPRING_FESTIVAL("春节", "Spring Festival"),
    QINGMING("清明节", "Qingming Festival"),
    LABOUR_DAY("劳动节", "Labour Day"),
    DRAGON_BOAT("端午节", "Dragon Boat Festival"),
    MID_AUTUMN("中秋节", "Mid-Autumn Festival"),
    NATIONAL_DAY("国庆节", "National Day");

    private final String zh;
    private final String en;

    Holiday(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** By code ({@code SPRING_FESTIVAL}) or by its Chinese or English name; empty when unknown. */
    public static Optional<Holiday> named(String name) {
        String n = name.strip();
        return Arrays.stream(values())
                .filter(h -> h.name().equals(n.toUpperCase(Locale.ROOT)) || h.zh.equals(n) || h.en.equalsIgnoreCase(n))
                .findFirst();
    }
}

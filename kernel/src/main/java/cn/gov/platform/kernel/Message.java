package cn.gov.platform.kernel;

import java.util.Objects;

/** A message a person can act on, in Chinese and English. */
public record Message(String zh, String en) {

    public Message {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Message of(String zh, String en) {
        return new Message(zh, en);
    }
}

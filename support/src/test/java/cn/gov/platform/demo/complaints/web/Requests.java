package cn.gov.platform.demo.complaints.web;

/** Stand-in web types of a feature {@code complaints}: a {@code FileBody} again. */
public final class Requests {

    private Requests() {
    }

    public record FileBody(String text) {
    }
}

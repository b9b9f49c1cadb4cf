package cn.gov.platform.demo.cases.web;

/** Stand-in web types of a feature {@code cases}, for the schema-name tests. */
public final class Requests {

    private Requests() {
    }

    public record FileBody(String itemCode) {
    }
}

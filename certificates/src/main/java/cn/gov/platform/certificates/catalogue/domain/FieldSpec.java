package cn.gov.platform.certificates.catalogue.domain;

import java.util.Objects;

/** One data field a certificate type carries, with its label in both languages. */
public record FieldSpec(String name, String label, String labelEn, boolean required, int maxLength) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(labelEn, "labelEn");
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength of " + name + " must be positive");
        }
    }
}

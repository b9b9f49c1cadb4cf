package cn.gov.platform.demo.cases.domain;

/** A stand-in domain type with a nested type. */
public record Notice(Kind kind) {

    public enum Kind { SUPPLEMENT, REFUSAL }
}

package cn.gov.platform.demo.cases.web;

/** A stand-in answer whose name already starts with its feature. */
public record CaseView(String id) {
}

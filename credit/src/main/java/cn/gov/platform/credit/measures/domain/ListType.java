package cn.gov.platform.credit.measures.domain;


/** A kind of list (e.g. 失信被执行人, 纳税信用 A 级纳税人) with its colour and the authority that keeps it. */
public record ListType(String code, ListColour colour, String nameZh, String nameEn, Severity severity,
        String keeper) {
}

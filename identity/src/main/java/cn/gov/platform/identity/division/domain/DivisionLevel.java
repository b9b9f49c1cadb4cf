package cn.gov.platform.identity.division.domain;

/** The five levels of the statistical division tree, top down. */
public enum DivisionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
}

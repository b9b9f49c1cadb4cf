package cn.gov.platform.credit.imports.domain;

/** Why one row was refused: its number (1 = first data row), the field and a bilingual message. */
public record RowError(long row, String field, String code, String zh, String en) {
}

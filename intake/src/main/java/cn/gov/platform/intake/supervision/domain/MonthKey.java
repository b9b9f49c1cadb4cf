package cn.gov.platform.intake.supervision.domain;

import java.time.YearMonth;

/** One department's month: the row its figures are summed in. */
public record MonthKey(String division, String department, String departmentName, YearMonth month) {

    public String id() {
        return division + "|" + department + "|" + month;
    }
}

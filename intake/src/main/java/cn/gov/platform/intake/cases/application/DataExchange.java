package cn.gov.platform.intake.cases.application;

import cn.gov.platform.intake.cases.domain.RecordFetch;

/**
 * The data-sharing exchange (数据共享交换): another department's record about the applicant, fetched
 * instead of demanded (CAT-3). An exchange that cannot answer (down, slow, not configured) says
 * {@link RecordFetch.Unavailable}, never a guess.
 */
public interface DataExchange {

    /**
     * @param recordCode       the record's code in the catalogue, e.g. {@code real-estate-registration}
     * @param department       the department the catalogue says holds it
     * @param applicantSubject the case's applicant (an account or a person record)
     */
    RecordFetch fetch(String recordCode, String department, String applicantSubject);
}

package cn.gov.platform.intake.cases.infrastructure;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The data-sharing exchange's record query (intake/README.md, "CAT-3: records and references"). A POST so
 * that the holder's identity number stays out of every URL and access log. Built only when
 * {@code DATA_SHARING_URL} is set ({@link CasesConfiguration#dataExchange}).
 */
interface DataSharingClient {

    @PostMapping("/api/data-sharing/v1/records/queries")
    Answer query(@RequestBody Query query);

    /**
     * @param recordCode the record asked for, e.g. {@code real-estate-registration}
     * @param department the department the catalogue says holds it
     * @param holder     whose record: {@code NATURAL_PERSON} with {@code idNumber}, or {@code LEGAL_PERSON} with
     *                   {@code creditCode}
     */
    record Query(String recordCode, String department, Holder holder) {
    }

    record Holder(String kind, @Nullable String idNumber, @Nullable String creditCode) {
    }

    /** {@code status}: {@code FOUND} (with reference and summary) or {@code NOT_HELD}; anything else is no answer. */
    record Answer(@Nullable String status, @Nullable String reference, @Nullable String summary,
            @Nullable String department, @Nullable String departmentName) {
    }
}

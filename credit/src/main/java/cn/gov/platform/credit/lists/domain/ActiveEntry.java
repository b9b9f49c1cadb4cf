package cn.gov.platform.credit.lists.domain;

import cn.gov.platform.credit.measures.domain.ListColour;

/**
 * The part of an entry in force that a check needs, small enough to hold a million of them in
 * memory (strings shared through interning; dates as epoch days).
 */
public record ActiveEntry(String entryId, ListColour list, String listType, String issuingDepartment,
        String legalBasis, long startDay, long endDay) {

    public boolean appliesOn(long epochDay) {
        return epochDay >= startDay && epochDay <= endDay;
    }
}

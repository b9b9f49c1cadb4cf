package cn.gov.platform.intake.followup.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the lookup needs to find and open a case by its number: the case, and the applicant's ID suffix
 * sealed ({@code seal} empty when the applicant has no resident ID number on record, e.g. an enterprise:
 * such a case is followed after logging in, or by SMS).
 */
public record FollowUpKey(String reference, String caseId, byte @Nullable [] seal) {

    public boolean followable() {
        return seal != null && seal.length > 0;
    }

    @Override
    public String toString() {
        return "FollowUpKey[" + reference + "]";
    }
}

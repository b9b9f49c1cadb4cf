package cn.gov.platform.identity.mandate.domain;

import cn.gov.platform.kernel.DomainViolation;
import org.jspecify.annotations.Nullable;

/**
 * What an agent must give to record a mandate for a villager who has no account (INT-10): the name as
 * on the identity card they checked, and consent given in person with their attestation. The villager
 * has nobody to confirm in the app as, so an app confirmation would wait for ever; the mandate's
 * principal is then the villager's person record, the same one a window makes for that number.
 */
public final class VillagerWithoutAccount {

    private VillagerWithoutAccount() {
    }

    /** Refuses (422) a missing name, naming {@code principalName}, and a consent not given in person, naming {@code consent}. */
    public static void require(@Nullable String principalName, ConsentMethod method) {
        if (principalName == null || principalName.isBlank()) {
            throw DomainViolation.rule("PRINCIPAL_NAME_REQUIRED",
                    "该身份证号码尚无账号：请填写与身份证一致的村民姓名，村民凭身份证办理。",
                    "No account holds that identity number: enter the villager's name as on the identity card;"
                            + " the villager is served by their identity card.",
                    "principalName");
        }
        if (method != ConsentMethod.IN_PERSON) {
            throw DomainViolation.rule("IN_PERSON_CONSENT_REQUIRED",
                    "村民没有账号，无法在应用中确认授权：请当面见证村民授权并填写见证说明。",
                    "The villager has no account to confirm in the app: record consent given in person,"
                            + " with your attestation.",
                    "consent");
        }
    }
}

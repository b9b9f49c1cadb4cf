package cn.gov.platform.intake.cases.application;

import java.util.Optional;

/**
 * Whether a person acts for an enterprise and in which role, as the identity service knows it now
 * (issue 18). Asked on every request that carries the choice, never cached: a removed member is
 * refused on the next request. When identity cannot answer, the adapter throws (503); it never
 * assumes membership.
 */
public interface EnterpriseMembers {

    /** Empty when the subject is neither the representative nor an active member, or the enterprise is unknown. */
    Optional<ActingFor> membership(String creditCode, String subject);
}

package cn.gov.platform.credit.subjects.application;

import cn.gov.platform.credit.subjects.domain.CreditSubject;
import java.util.Optional;

/**
 * Resolves a login account (Keycloak subject) to its credit subject through the identity
 * service. Empty: identity holds no record of the account (no entries can apply). Throws a 503
 * problem when identity cannot answer and nothing is cached: never a guess.
 */
public interface CreditSubjects {

    Optional<CreditSubject> resolve(String accountSubject);
}

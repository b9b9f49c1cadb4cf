/** Adapters for persons: MongoDB store with field encryption, Keycloak accounts, the real-name provider over HTTP. */
@NullMarked
package cn.gov.platform.identity.person.infrastructure;

import org.jspecify.annotations.NullMarked;

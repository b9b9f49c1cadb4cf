/** In-process infrastructure and a stand-in token issuer for the services' integration tests. */
@NullMarked
package cn.gov.platform.testkit;

import org.jspecify.annotations.NullMarked;

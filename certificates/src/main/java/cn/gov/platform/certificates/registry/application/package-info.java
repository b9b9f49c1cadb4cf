/** Use cases of the registry, timed and counted. */
@NullMarked
package cn.gov.platform.certificates.registry.application;

import org.jspecify.annotations.NullMarked;

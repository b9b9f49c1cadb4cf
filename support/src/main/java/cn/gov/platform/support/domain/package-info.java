/**
 * What a service's domain layer may share: no Spring, no Mongo, no web (checked by support's
 * ArchitectureTest), so that the services' own domain packages can depend on it.
 */
@NullMarked
package cn.gov.platform.support.domain;

import org.jspecify.annotations.NullMarked;

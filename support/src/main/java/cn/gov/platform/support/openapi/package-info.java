/**
 * The services' OpenAPI documents as contracts (springdoc): schema names qualified by feature so
 * that two records of one simple name never share a schema, record components required unless
 * {@code @Nullable}, problem+json answers declared on every operation, the bearer token scheme on
 * every operation that needs one, and internal endpoints left out of the public document.
 */
@NullMarked
package cn.gov.platform.support.openapi;

import org.jspecify.annotations.NullMarked;

/** Adapters for the case ports: MongoDB, GridFS, Redis sequences and streams, the identity service over Feign. */
@NullMarked
package cn.gov.platform.intake.cases.infrastructure;

import org.jspecify.annotations.NullMarked;

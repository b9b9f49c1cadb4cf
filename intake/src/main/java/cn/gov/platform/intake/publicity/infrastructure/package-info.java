/** The identity lookup (Feign + Resilience4j), the publication store and the stream consumer. */
@NullMarked
package cn.gov.platform.intake.publicity.infrastructure;

import org.jspecify.annotations.NullMarked;

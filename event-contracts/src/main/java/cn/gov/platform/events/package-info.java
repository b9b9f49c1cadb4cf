/**
 * The typed events of the platform's Redis streams: what producers write and consumers read,
 * encoded to and decoded from a stream entry's fields exactly as docs/architecture.md lists them.
 * Spring-free; one sub-package per stream ({@code intake}, {@code certificates}, {@code credit}).
 */
@NullMarked
package cn.gov.platform.events;

import org.jspecify.annotations.NullMarked;

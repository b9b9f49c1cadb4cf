/**
 * The Spring-free shared kernel: what every service's domain may use. Nothing here knows a
 * framework, a store or the web (checked by the kernel's ArchitectureTest).
 */
@NullMarked
package cn.gov.platform.kernel;

import org.jspecify.annotations.NullMarked;

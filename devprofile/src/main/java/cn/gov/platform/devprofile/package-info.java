/**
 * Development only: what a developer's machine needs and a production jar must not hold. Each
 * sub-package is one service's stand-ins (or the benchmark endpoints every service can serve), each
 * an auto-configuration conditional on that service's classes and on a switch that defaults to off.
 */
@NullMarked
package cn.gov.platform.devprofile;

import org.jspecify.annotations.NullMarked;

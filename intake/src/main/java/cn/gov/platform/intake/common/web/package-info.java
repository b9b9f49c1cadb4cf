/** Turns the domain's failures into RFC 9457 problem+json, next to the platform's shared handler. */
@NullMarked
package cn.gov.platform.intake.common.web;

import org.jspecify.annotations.NullMarked;

/** Problem+json answers, request ids and body limits for everything the gateway says itself. */
@NullMarked
package cn.gov.platform.gateway.web;

import org.jspecify.annotations.NullMarked;

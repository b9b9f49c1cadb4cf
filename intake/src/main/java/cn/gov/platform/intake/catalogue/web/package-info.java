/** The public catalogue API and the administrators' API for items. */
@NullMarked
package cn.gov.platform.intake.catalogue.web;

import org.jspecify.annotations.NullMarked;

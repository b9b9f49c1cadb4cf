/** Catalogue use cases: search, the full guide, versioned administration, first-contact routing (INT-7). */
@NullMarked
package cn.gov.platform.intake.catalogue.application;

import org.jspecify.annotations.NullMarked;

/** Service items and the values they are made of; every rule of CAT-1..3 that can be checked without I/O. */
@NullMarked
package cn.gov.platform.intake.catalogue.domain;

import org.jspecify.annotations.NullMarked;

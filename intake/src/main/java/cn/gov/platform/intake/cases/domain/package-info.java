/** The case aggregate, its explicit state machine, its numbers and the policies that decide acceptance and approval. */
@NullMarked
package cn.gov.platform.intake.cases.domain;

import org.jspecify.annotations.NullMarked;

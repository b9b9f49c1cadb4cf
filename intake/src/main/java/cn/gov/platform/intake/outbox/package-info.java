/**
 * Intake's outbox: the events its aggregates (cases, ratings, complaints, deadline warnings) keep
 * in their own documents, relayed to {@code intake.case-events} by support's event library.
 */
@NullMarked
package cn.gov.platform.intake.outbox;

import org.jspecify.annotations.NullMarked;

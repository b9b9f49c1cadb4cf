package cn.gov.platform.intake.supervision.application;

import java.util.Map;

/**
 * A reader of {@code intake.case-events} in its own consumer group, so that one reader's trouble
 * (an unreachable service) never holds up another. Each record is handled at least once; a handler
 * returns true when done, false or throws to have the record delivered again later.
 */
public interface CaseEventHandler {

    /** The consumer group, e.g. {@code intake-publicity}. */
    String group();

    boolean handle(Map<String, String> fields);
}

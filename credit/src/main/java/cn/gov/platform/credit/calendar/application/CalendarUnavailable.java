package cn.gov.platform.credit.calendar.application;

import cn.gov.platform.kernel.Message;
import java.time.Duration;

/**
 * A deadline was asked for before this instance read the official calendar years from intake even
 * once (intake unreachable since start-up). Credit then computes no deadline at all rather than
 * one on provisional years that nobody would know to be provisional; the caller is told when to try
 * again (the web answers 503 {@code CALENDAR_UNAVAILABLE}, the stream consumer leaves the entry
 * pending).
 */
public class CalendarUnavailable extends RuntimeException {

    /**
     * When to try again: the calendar is read again every 2 s while it is missing, but a circuit
     * breaker that opened on intake's failures waits 10 s before it lets a call through.
     */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public CalendarUnavailable() {
        super("The official calendar years have not been read from intake yet", null, false, false);
    }

    public Message userMessage() {
        return Message.of("工作日历暂时无法从受理系统读取，期限暂不能计算，请稍后（约 " + RETRY_AFTER.toSeconds() + " 秒后）再试。",
                "The working-day calendar cannot be read from intake yet, so no deadline can be computed; try again in about "
                        + RETRY_AFTER.toSeconds() + " seconds.");
    }
}

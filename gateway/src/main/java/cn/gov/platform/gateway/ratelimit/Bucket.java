package cn.gov.platform.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One caller's token bucket in this gateway's memory. Requests take tokens here without
 * waiting for anyone; what they took since the last settlement ({@code unsettled}) is handed
 * to Redis in the next batch, and Redis's answer (the shared bucket after every gateway's
 * takings) replaces the local level. The level may fall below zero after a settlement: that
 * is what other gateways took meanwhile, a debt repaid by refilling before anything is allowed.
 */
final class Bucket {

    /** What {@link #take} answers when a request may pass: the tokens left (0 or more). */
    static final long REFUSED = -1;

    final String sharedKey;
    final Limit limit;
    /** Set while the bucket waits in the queue of buckets to settle, so it is queued once. */
    final AtomicBoolean queued = new AtomicBoolean();

    private double tokens;
    private long refilledAt;
    private long lastUsedAt;
    private int unsettled;
    private int settling;

    Bucket(String sharedKey, Limit limit, long now) {
        this.sharedKey = sharedKey;
        this.limit = limit;
        this.tokens = limit.capacity();
        this.refilledAt = now;
        this.lastUsedAt = now;
    }

    /** Takes a token if there is one: the whole tokens left, or {@link #REFUSED}. */
    synchronized long take(long now) {
        refill(now);
        lastUsedAt = now;
        if (tokens < 1) {
            return REFUSED;
        }
        tokens -= 1;
        unsettled++;
        return (long) tokens;
    }

    /** How long until the next token, for a refusal's {@code Retry-After}. */
    synchronized long nanosUntilNextToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / limit.tokensPerSecond() * 1e9);
    }

    /** Starts a settlement: what was taken since the last one goes to Redis. */
    synchronized int beginSettlement() {
        settling = unsettled;
        unsettled = 0;
        return settling;
    }

    /**
     * Redis answered with the shared level after this settlement; what was taken here since it
     * began is still owed, so it comes off the shared level.
     */
    synchronized void settled(double sharedTokens, long now) {
        tokens = Math.min(limit.capacity(), sharedTokens - unsettled);
        refilledAt = now;
        settling = 0;
    }

    /** Redis did not answer: this gateway goes on alone and forgets what it could not hand over. */
    synchronized void settlementFailed() {
        settling = 0;
    }

    synchronized boolean idleSince(long cutoff) {
        return lastUsedAt < cutoff && unsettled == 0 && settling == 0;
    }

    synchronized double tokens(long now) {
        refill(now);
        return tokens;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(limit.capacity(), tokens + elapsed * limit.tokensPerSecond() / 1e9);
            refilledAt = now;
        }
    }
}
